/** Publishes alerts to {@code pdv.alerts} as {@code AlertRaised}; the only place alerts meet Avro. */
package vn.pdv.aggregator.alert.kafka;
