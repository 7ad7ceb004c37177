package vn.pdv.aggregator.finding;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.pdv.aggregator.hierarchy.UnitCode;

/**
 * Per-unit, per-day counts of findings by rule, like the tallies: any period is a sum over days, each unit counted
 * under whichever parent it had on the day. Each event's findings are applied at most once per origin.
 */
public interface Findings {

    /** Applies a batch, in the order each log produced it; what was already applied changes nothing. */
    void add(List<Found> found);

    /** Per rule code, the findings of these units on the days {@code from} (inclusive) to {@code until} (exclusive). */
    Map<String, Long> count(Set<UnitCode> units, LocalDate from, LocalDate until);
}
