package vn.pdv.aggregator.alert;

import java.time.Instant;
import java.util.Map;
import vn.pdv.aggregator.status.Status;

/** The status last seen per unit, metric and period, which the next check compares with. */
public interface LastStatuses {

    /** Everything recorded, read once per check rather than once per unit. */
    Map<StatusKey, LastStatus> all();

    /**
     * Records {@code to} over {@code from}, only if {@code from} is still what is recorded (null: nothing is).
     *
     * @return false when another check recorded something first; the caller then leaves it to that one
     */
    boolean advance(StatusKey key, LastStatus from, Status to, Instant at);
}
