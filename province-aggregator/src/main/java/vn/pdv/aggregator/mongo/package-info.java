/** MongoDB mechanics the aggregator's stores share. */
package vn.pdv.aggregator.mongo;
