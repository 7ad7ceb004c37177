/** Hands the aggregator's alerts to the inbox and records their acknowledgement. */
package vn.pdv.unit.alert.application;
