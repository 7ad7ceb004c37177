/** The unit service: records a committee's candidate pipeline and publishes every step as an event. */
package vn.pdv.unit;
