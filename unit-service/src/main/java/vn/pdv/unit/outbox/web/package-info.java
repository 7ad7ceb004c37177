/** The outbox's backlog over HTTP and in the actuator's health. */
package vn.pdv.unit.outbox.web;
