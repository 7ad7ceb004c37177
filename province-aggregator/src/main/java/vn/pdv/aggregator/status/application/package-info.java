/** Judges units on their chosen period, with the settings that say how. */
package vn.pdv.aggregator.status.application;
