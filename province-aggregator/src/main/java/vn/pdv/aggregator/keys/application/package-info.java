/** Registering and revoking keys, and checking records against the directory (with the local stack's keys on it). */
package vn.pdv.aggregator.keys.application;
