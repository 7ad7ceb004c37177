/** Receives alerts from {@code pdv.alerts}; the only place alerts meet Avro. */
package vn.pdv.unit.alert.kafka;
