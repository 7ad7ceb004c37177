/** Real Kafka, schema registry, MongoDB and Keycloak for tests and local runs, started without Docker. */
package vn.pdv.stack;
