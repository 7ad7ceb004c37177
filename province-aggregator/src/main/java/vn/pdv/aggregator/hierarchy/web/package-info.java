/** The tree's API: a unit as it stood on a day, and staff's changes to the tree from a date. */
package vn.pdv.aggregator.hierarchy.web;
