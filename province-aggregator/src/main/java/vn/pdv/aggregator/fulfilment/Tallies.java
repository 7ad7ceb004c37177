package vn.pdv.aggregator.fulfilment;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import vn.pdv.aggregator.Origin;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.quota.Metric;

/**
 * Per-unit, per-day counters: the day an event happened on (admitted on, identified on…), so that any period — a
 * quarter, a half-year, a year, a term — is a sum over days, and a unit's figures can be counted under whichever
 * parent it had on that day. Each {@link #add} is applied at most once per origin: a repeated or older
 * event from the same log changes nothing, so duplicates and replays never move a figure.
 */
public interface Tallies {

    /** Adds {@code delta} (negative for an exit) to each counter; false when this origin was already applied. */
    default boolean add(Origin origin, UnitCode unit, LocalDate on, Metric metric, Set<Counter> counters, int delta) {
        return add(origin, unit, on, Map.of(metric, counters), delta);
    }

    /** Like the single-metric add, for an event that moves several metrics at once (all or none). */
    boolean add(Origin origin, UnitCode unit, LocalDate on, Map<Metric, Set<Counter>> counters, int delta);

    /** The counters of these units on the days {@code from} (inclusive) to {@code until} (exclusive). */
    Counts sum(Set<UnitCode> units, LocalDate from, LocalDate until);
}
