/**
 * The year-end rating input (seeds 001 and 003): per unit and year, whether it exceeded, met or did not meet its
 * quotas and targets, listed as a standing committee lists units for commendation and correction.
 */
package vn.pdv.aggregator.rating;
