/** Rates a unit's subtree for a year from the progress of each unit. */
package vn.pdv.aggregator.rating.application;
