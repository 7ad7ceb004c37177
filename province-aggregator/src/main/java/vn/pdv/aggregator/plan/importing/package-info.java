/**
 * Reads plan tables as province staff have them, CSV or XLSX laid out like plan 104-KH/ĐUK's annex, into the
 * format-free {@link vn.pdv.aggregator.plan.PlanTable} that the plan checks work on.
 */
package vn.pdv.aggregator.plan.importing;
