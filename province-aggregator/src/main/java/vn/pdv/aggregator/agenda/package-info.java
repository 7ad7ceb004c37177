/**
 * The deciding committee's agenda (seed 001: the standing committee meets monthly and decides admissions and
 * recognitions): the proposals awaiting each committee's decision, with their working-day deadlines and the overdue
 * ones, by pseudonymous candidate id only.
 */
package vn.pdv.aggregator.agenda;
