package vn.pdv.unit.outbox;

import java.time.Instant;
import vn.pdv.unit.decision.ActorId;
import vn.pdv.unit.organisation.UnitCode;

/**
 * An event at its place in a committee's log.
 *
 * @param sequence   from 1, without gaps: the aggregator uses it to drop duplicates and see what is missing
 * @param recordedBy who recorded the step; null for steps logged before the service knew its callers
 */
public record LoggedEvent(EventId id, UnitCode unit, long sequence, Instant occurredAt, Instant recordedAt,
                          ActorId recordedBy, UnitEvent payload) {
}
