/** One benchmark run on a fresh local stack: the broker's baseline, the unit service, the relay, the aggregator, end to end. */
package vn.pdv.benchmarks;
