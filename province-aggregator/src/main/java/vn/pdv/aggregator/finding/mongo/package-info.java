/** Findings counts in MongoDB, each event's applied once per origin. */
package vn.pdv.aggregator.finding.mongo;
