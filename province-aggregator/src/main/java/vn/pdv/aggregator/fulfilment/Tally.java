package vn.pdv.aggregator.fulfilment;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import vn.pdv.aggregator.hierarchy.Origin;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.quota.Metric;

/** What one event adds to a unit's counters on the day it happened: one to each counter of each metric it moves. */
public record Tally(Origin origin, UnitCode unit, LocalDate on, Map<Metric, Set<Counter>> counters) {
}
