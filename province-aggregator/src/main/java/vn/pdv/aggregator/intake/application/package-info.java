/** Applies a poll of events as one batch, and says which committees report and which do not. */
package vn.pdv.aggregator.intake.application;
