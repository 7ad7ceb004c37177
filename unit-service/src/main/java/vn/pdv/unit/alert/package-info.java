/** The committee's alert inbox: the aggregator's alerts about its units, kept until staff acknowledge them. */
package vn.pdv.unit.alert;
