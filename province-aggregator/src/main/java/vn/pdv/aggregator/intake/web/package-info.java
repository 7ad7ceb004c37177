/** The completeness API: each committee's log, its gaps, whether it has gone quiet. */
package vn.pdv.aggregator.intake.web;
