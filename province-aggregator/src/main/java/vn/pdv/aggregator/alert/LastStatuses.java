package vn.pdv.aggregator.alert;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import vn.pdv.aggregator.status.Status;

/** The status last seen per unit, metric and period, which the next check compares with. */
public interface LastStatuses {

    /** Everything recorded, read once per check rather than once per unit. */
    Map<StatusKey, LastStatus> all();

    /**
     * Records {@code to} over {@code from}, only if {@code from} is still what is recorded (null: nothing is).
     */
    record Advance(StatusKey key, LastStatus from, Status to, Instant at) {
    }

    /**
     * Records each {@link Advance}, all in one write, each only over what it was judged against.
     *
     * @return how many were recorded: another check recorded the others first, and the caller leaves them to it
     */
    int advanceAll(List<Advance> advances);
}
