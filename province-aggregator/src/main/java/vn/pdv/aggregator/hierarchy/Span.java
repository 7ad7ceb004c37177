package vn.pdv.aggregator.hierarchy;

import java.time.LocalDate;
import java.util.Set;

/**
 * Days {@code from} (inclusive) to {@code until} (exclusive) on which a subtree held the same units: a period's
 * figures for a unit are the sum, over its spans, of these units' tallies on these days.
 */
public record Span(LocalDate from, LocalDate until, Set<UnitCode> units) {

    public Span {
        if (!from.isBefore(until)) {
            throw new IllegalArgumentException("empty span " + from + ".." + until);
        }
        units = Set.copyOf(units);
    }
}
