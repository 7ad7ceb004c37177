package vn.pdv.aggregator.fulfilment;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.quota.Metric;

/**
 * Per-unit, per-day counters: the day an event happened on (admitted on, identified on…), so that any period — a
 * quarter, a half-year, a year, a term — is a sum over days, and a unit's figures can be counted under whichever
 * parent it had on that day. Each tally is applied at most once per origin: a repeated or older event from the same
 * log changes nothing, so duplicates, redelivered batches and replays never move a figure.
 */
public interface Tallies {

    /** Applies a batch of tallies, in the order each log produced them; those already applied change nothing. */
    void add(List<Tally> tallies);

    /** The counters of these units on the days {@code from} (inclusive) to {@code until} (exclusive). */
    Counts sum(Set<UnitCode> units, LocalDate from, LocalDate until);

    /**
     * Those of {@code units} that counted anything in {@code metric} on the days {@code from} (inclusive) to
     * {@code until} (exclusive): "organisations that admitted", "organisations with sources".
     */
    Set<UnitCode> countingIn(Metric metric, Set<UnitCode> units, LocalDate from, LocalDate until);
}
