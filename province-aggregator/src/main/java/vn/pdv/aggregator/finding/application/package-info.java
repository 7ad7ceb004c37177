/** Counting a unit's subtree's findings in a period, by the tree of each day. */
package vn.pdv.aggregator.finding.application;
