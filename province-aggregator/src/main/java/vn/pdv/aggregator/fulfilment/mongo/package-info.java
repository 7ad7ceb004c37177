/** Tallies and pipeline stock in MongoDB, each effect applied once per origin. */
package vn.pdv.aggregator.fulfilment.mongo;
