/**
 * The committee's staff as its pages know them: the name behind each account's pseudonymous id, so a candidate's page
 * can say who recorded each step. Names stay in the committee's database; events carry the id only.
 */
package vn.pdv.unit.staff;
