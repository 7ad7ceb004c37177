/** The committee's local event log and the relay that publishes it to Kafka in order, once. */
package vn.pdv.unit.outbox;
