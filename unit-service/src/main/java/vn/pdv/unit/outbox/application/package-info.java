/** Records steps to the committee's log under a lock per aggregate, and relays the log to the broker. */
package vn.pdv.unit.outbox.application;
