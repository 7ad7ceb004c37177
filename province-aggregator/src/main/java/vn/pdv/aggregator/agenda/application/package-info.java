/** Builds a committee's agenda for a day from who is awaiting, the dated tree and the working-day calendar. */
package vn.pdv.aggregator.agenda.application;
