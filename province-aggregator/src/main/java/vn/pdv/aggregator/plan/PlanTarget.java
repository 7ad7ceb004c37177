package vn.pdv.aggregator.plan;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import vn.pdv.aggregator.quota.Metric;
import vn.pdv.aggregator.quota.Period;

/**
 * What a plan sets for its own committee as a whole, as opposed to the quotas it hands down: "240 new members a year,
 * over 4% of membership, at least 70% of them youth-union members" (seed 001). The quotas a plan hands down need not
 * add up to this; {@link PlanChecks} says when they do not.
 *
 * @param total  the number, when the plan gives one (seed 003 gives only a rate)
 * @param ratios the shares the plan asks for
 */
public record PlanTarget(Period period, Metric metric, OptionalInt total, List<RatioTarget> ratios) {

    public PlanTarget {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(total, "total");
        total.ifPresent(t -> {
            if (t < 0) {
                throw new IllegalArgumentException("a target cannot be negative: " + t);
            }
        });
        ratios = List.copyOf(ratios);
    }

    public static PlanTarget admissions(Period period, int total, RatioTarget... ratios) {
        return new PlanTarget(period, Metric.ADMISSIONS, OptionalInt.of(total), List.of(ratios));
    }
}
