/** Answers progress questions over the tallies, the stock, the quotas and the tree. */
package vn.pdv.aggregator.fulfilment.application;
