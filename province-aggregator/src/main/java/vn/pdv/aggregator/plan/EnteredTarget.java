package vn.pdv.aggregator.plan;

import java.time.Instant;
import java.util.Objects;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.quota.PlanReference;

/**
 * A unit's own target entered by the province's staff rather than read from a plan table: seed 003's district
 * directive sets "3–4% of membership a year" in prose and hands out no table. It cites the document it comes from,
 * as every quota does.
 *
 * @param unit      the unit the target is set for
 * @param enteredAt when it was entered; against a plan imported for the same unit, the later one holds
 */
public record EnteredTarget(UnitCode unit, PlanReference plan, PlanTarget target, Instant enteredAt) {

    public EnteredTarget {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(enteredAt, "enteredAt");
    }
}
