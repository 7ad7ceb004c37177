/**
 * The alerts' application services: watching statuses for changes, the digest, and delivering stored alerts, on a
 * schedule, over the alert domain's ports.
 */
package vn.pdv.aggregator.alert.application;
