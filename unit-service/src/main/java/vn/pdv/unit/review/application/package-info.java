/** Recording sympathiser-list reviews through the committee's log, listing those owed, alerting on overdue ones. */
package vn.pdv.unit.review.application;
