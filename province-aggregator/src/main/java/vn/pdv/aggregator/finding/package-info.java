/**
 * Findings: the steps committees recorded although a deadline or paperwork rule was broken (a decision after its 60
 * working days, a stale dossier), counted per unit, day and rule for the inspection committee, exact under redelivery.
 */
package vn.pdv.aggregator.finding;
