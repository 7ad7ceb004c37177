/** The aggregator's intake under scale-out, rebalances, a kill mid-batch and a full replay, against the real broker. */
package vn.pdv.demo.aggregator;
