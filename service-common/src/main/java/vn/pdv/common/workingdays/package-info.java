/**
 * Vietnamese working days, the unit of the Party's decision, ceremony and recognition deadlines: plain Java over the
 * shipped holiday data, shared so that a unit service and the province aggregator count a deadline the same way.
 */
package vn.pdv.common.workingdays;
