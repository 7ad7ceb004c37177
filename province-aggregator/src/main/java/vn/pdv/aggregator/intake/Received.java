package vn.pdv.aggregator.intake;

import java.time.Instant;
import vn.pdv.aggregator.hierarchy.Origin;

/**
 * One event of a committee's log as the aggregator takes it in.
 *
 * @param recordedAt when the committee recorded it
 * @param receivedAt when the province's topic received it (the record's timestamp): the same on every replay, so
 *                   completeness reads the same after a rebuild
 */
public record Received(Origin origin, Instant recordedAt, Instant receivedAt, Effect effect) {
}
