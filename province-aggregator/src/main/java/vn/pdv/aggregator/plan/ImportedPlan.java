package vn.pdv.aggregator.plan;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.quota.Metric;
import vn.pdv.aggregator.quota.PlanReference;

/**
 * What is kept of a plan import besides its quotas: the plan's own targets (a total and ratio targets such as "at
 * least 70% youth-union members", which progress checks the issuing unit's figures against) and every warning, so
 * staff can see later, row by row, what the table got wrong.
 */
public record ImportedPlan(PlanReference plan, UnitCode issuedBy, Metric metric, Instant importedAt,
                           List<PlanTarget> targets, int quotasLoaded, List<PlanWarning> warnings) {

    public ImportedPlan {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(issuedBy, "issuedBy");
        Objects.requireNonNull(metric, "metric");
        targets = List.copyOf(targets);
        warnings = List.copyOf(warnings);
    }
}
