/** Real Kafka, schema registry and MongoDB for tests and local runs, started without Docker. */
package vn.pdv.stack;
