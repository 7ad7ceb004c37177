/** The candidates in MongoDB: one document per candidate, each event applied once per origin. */
package vn.pdv.aggregator.candidate.mongo;
