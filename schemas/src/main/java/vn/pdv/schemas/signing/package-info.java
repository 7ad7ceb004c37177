/**
 * Ed25519 signatures over a record's exact published bytes: the one place both the relay (which signs) and the
 * aggregator (which verifies) build the signed bytes, read keys and name the headers.
 */
package vn.pdv.schemas.signing;
