/**
 * The candidates: where each stands in the pipeline and the days of the steps that date them, by pseudonymous id
 * only. Intake moves them; the pipeline stock and the agenda read them.
 */
package vn.pdv.aggregator.candidate;
