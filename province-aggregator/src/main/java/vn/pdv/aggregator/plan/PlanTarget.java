package vn.pdv.aggregator.plan;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import vn.pdv.aggregator.quota.Metric;
import vn.pdv.aggregator.quota.Period;

/**
 * What a plan sets for its own committee as a whole, as opposed to the quotas it hands down: "240 new members a year,
 * over 4% of membership, at least 70% of them youth-union members" (seed 001). The quotas a plan hands down need not
 * add up to this; {@link PlanChecks} says when they do not.
 *
 * A plan's "4–5 awareness classes a year" (seed 001) is a target of metric {@link Metric#AWARENESS_CLASSES} with a
 * {@code count} range and nothing else.
 *
 * @param total  the number, when the plan gives one (seed 003 gives only a rate)
 * @param ratios the shares the plan asks for
 * @param count  a range to land the period's count in, when the plan gives one ("từ 04 đến 05 lớp")
 */
public record PlanTarget(Period period, Metric metric, OptionalInt total, List<RatioTarget> ratios,
                         Optional<CountRange> count) {

    public PlanTarget {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(count, "count");
        total.ifPresent(t -> {
            if (t < 0) {
                throw new IllegalArgumentException("a target cannot be negative: " + t);
            }
        });
        ratios = List.copyOf(ratios);
    }

    public PlanTarget(Period period, Metric metric, OptionalInt total, List<RatioTarget> ratios) {
        this(period, metric, total, ratios, Optional.empty());
    }

    /** Seed 001's "từ 04 đến 05 lớp bồi dưỡng … mỗi năm": the awareness classes to hold in the period. */
    public static PlanTarget awarenessClasses(Period period, CountRange count) {
        return new PlanTarget(period, Metric.AWARENESS_CLASSES, OptionalInt.empty(), List.of(), Optional.of(count));
    }

    public static PlanTarget admissions(Period period, int total, RatioTarget... ratios) {
        return new PlanTarget(period, Metric.ADMISSIONS, OptionalInt.of(total), List.of(ratios));
    }
}
