/** The outbox against the real broker: links to the province cut and restored, and the unit service killed outright. */
package vn.pdv.demo.outbox;
