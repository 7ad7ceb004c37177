/**
 * A realistic data set for PDV, deterministic by seed: a province's committees' logs over three years, or the
 * nation's over one, as the unit services' relays would publish them, and what province staff would do besides
 * (the reorganisation's merges and closures, a plan table, membership counts). Free of Kafka and Avro.
 */
package vn.pdv.dataset;
