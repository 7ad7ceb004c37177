/** Intake: applies every unit's events to the hierarchy, quotas and tallies, once each, and watches for gaps. */
package vn.pdv.aggregator.intake;
