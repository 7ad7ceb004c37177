package vn.pdv.dataset;

import java.time.Instant;
import vn.pdv.dataset.organisation.UnitCode;

/**
 * An event at its place in a committee's log, exactly as a unit service's relay publishes it: keyed by the log's
 * committee, numbered from 1 without gaps, {@code occurredAt} the start of the step's day in Vietnam.
 *
 * @param log        the committee whose log this is, and the record's key
 * @param recordedAt when staff recorded it; a log's events are in this order
 */
public record Entry(UnitCode log, long sequence, EventId id, Instant occurredAt, Instant recordedAt, Fact fact) {
}
