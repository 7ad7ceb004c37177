/** Writes a data set onto the events topic through the real serde: the one place the generator meets Kafka and Avro. */
package vn.pdv.dataset.kafka;
