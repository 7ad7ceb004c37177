package vn.pdv.aggregator.hierarchy;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A unit stopped existing on {@code on} (its last day is the day before). A merge closes the merged units and names
 * the unit they became; their own history stays theirs, counted under their parents of the time.
 *
 * @param successor the unit it was merged into; null when it simply closed
 */
public record Closure(UnitCode unit, LocalDate on, UnitCode successor) {

    public Closure {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(on, "on");
    }
}
