/** Quotas: what each committee asks of the units beneath it, for a year or a term, and when it says so. */
package vn.pdv.dataset.quota;
