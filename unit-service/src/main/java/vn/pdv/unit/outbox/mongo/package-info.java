/** The event log and the delivery watermark in MongoDB. */
package vn.pdv.unit.outbox.mongo;
