/** Importing plan tables against what the aggregator knows, and listing what the imports found wrong. */
package vn.pdv.aggregator.plan.application;
