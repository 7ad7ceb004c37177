/** Consumes the unit-events topic: Avro in, intake calls out; what cannot be read goes to the dead-letter topic. */
package vn.pdv.aggregator.intake.kafka;
