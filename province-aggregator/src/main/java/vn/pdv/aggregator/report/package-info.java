/**
 * Reports a committee hands in each quarter, half-year and year: fulfilment of the plan for every unit directly
 * beneath it and for its whole subtree, laid out like the plan tables it was given. The model is format-free;
 * {@code file} lays it out as XLSX or CSV, {@code web} serves it.
 */
package vn.pdv.aggregator.report;
