package vn.pdv.aggregator.fulfilment;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import vn.pdv.aggregator.hierarchy.Origin;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.quota.Metric;

/**
 * What one event adds to a unit's counters on the day it happened: one to each counter of each metric it moves, and
 * {@code amounts} to the few counters that sum a quantity (the age at admission to {@link Counter#AGE_YEARS}).
 */
public record Tally(Origin origin, UnitCode unit, LocalDate on, Map<Metric, Set<Counter>> counters,
                    Map<Metric, Map<Counter, Integer>> amounts) {

    public Tally {
        amounts = amounts == null ? Map.of() : amounts;
    }

    public Tally(Origin origin, UnitCode unit, LocalDate on, Map<Metric, Set<Counter>> counters) {
        this(origin, unit, on, counters, Map.of());
    }
}
