package vn.pdv.aggregator.quota;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The days a period covers for one unit: from {@code from} up to, not including, {@code until}. A year, a half or a
 * quarter covers the same days everywhere; a term covers those from its congress to the next, which differ by level
 * ({@link Terms}).
 */
public record Bounds(LocalDate from, LocalDate until) {

    public Bounds {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        if (!from.isBefore(until)) {
            throw new IllegalArgumentException("a period ends after it begins: " + from + ".." + until);
        }
    }

    /** Whether the day falls in these bounds. */
    public boolean includes(LocalDate day) {
        return !day.isBefore(from) && day.isBefore(until);
    }

    /** The last day covered. */
    public LocalDate lastDay() {
        return until.minusDays(1);
    }

    /** How many days are covered: to prefer the shortest of the quotas running on a day. */
    public long days() {
        return until.toEpochDay() - from.toEpochDay();
    }

    public boolean overlaps(Bounds other) {
        return from.isBefore(other.until) && other.from.isBefore(until);
    }
}
