package vn.pdv.aggregator.fulfilment;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import vn.pdv.aggregator.hierarchy.Origin;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.quota.Metric;

/**
 * What one event adds to a unit's counters on the day it happened: {@code by} to each counter of each metric it moves
 * (1 for a step, -1 where a correction or a void takes back what a step counted), and {@code by} times
 * {@code amounts} to the few counters that sum a quantity (the age at admission to {@link Counter#AGE_YEARS}).
 */
public record Tally(Origin origin, UnitCode unit, LocalDate on, Map<Metric, Set<Counter>> counters,
                    Map<Metric, Map<Counter, Integer>> amounts, int by) {

    public Tally {
        amounts = amounts == null ? Map.of() : amounts;
    }

    public Tally(Origin origin, UnitCode unit, LocalDate on, Map<Metric, Set<Counter>> counters) {
        this(origin, unit, on, counters, Map.of(), 1);
    }
}
