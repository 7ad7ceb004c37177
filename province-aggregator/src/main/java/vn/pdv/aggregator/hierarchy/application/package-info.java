/** Changing the tree: decided on the tree as it stands, written only when accepted. */
package vn.pdv.aggregator.hierarchy.application;
