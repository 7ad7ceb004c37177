package vn.pdv.aggregator.fulfilment;

import java.util.Map;
import java.util.Set;
import vn.pdv.aggregator.Origin;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.quota.Metric;

/**
 * Per-unit, per-year counters. Each {@link #add} is applied at most once per origin: a repeated or older
 * event from the same log changes nothing, so duplicates and replays never move a figure.
 */
public interface Tallies {

    /** Adds {@code delta} (negative for an exit) to each counter; false when this origin was already applied. */
    default boolean add(Origin origin, UnitCode unit, int year, Metric metric, Set<Counter> counters, int delta) {
        return add(origin, unit, year, Map.of(metric, counters), delta);
    }

    /** Like the single-metric add, for an event that moves several metrics at once (all or none). */
    boolean add(Origin origin, UnitCode unit, int year, Map<Metric, Set<Counter>> counters, int delta);

    Counts sum(Set<UnitCode> units, int year);
}
