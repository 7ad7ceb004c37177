/** The staff's names in MongoDB ({@code staff}), a collection nothing ever publishes. */
package vn.pdv.unit.staff.mongo;
