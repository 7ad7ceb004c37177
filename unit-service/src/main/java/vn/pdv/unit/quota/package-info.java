/** Quotas the committee assigns to its branches (admissions, sources), published as events. */
package vn.pdv.unit.quota;
