/** Publishes the committee's log to Kafka as Avro records; the only place events meet Avro. */
package vn.pdv.unit.outbox.kafka;
