/** Kafka serde for Avro records in the Confluent wire format, backed by a Confluent-compatible schema registry. */
package vn.pdv.schemas.serde;
