/** The province aggregator: consumes every unit's events and computes plan fulfilment at every level. */
package vn.pdv.aggregator;
