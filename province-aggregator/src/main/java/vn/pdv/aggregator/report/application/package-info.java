/** Compiles a committee's report from the progress of the units beneath it, as the tree stood. */
package vn.pdv.aggregator.report.application;
