package vn.pdv.aggregator.plan;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.pdv.aggregator.quota.Attribute;
import vn.pdv.aggregator.quota.Metric;
import vn.pdv.aggregator.quota.Period;

/**
 * What a plan's quotas for one period add up to, as written: the totals of the rows that loaded and their readable
 * parts, including parts of a breakdown the checks set aside. That is what a person adding the columns by hand gets,
 * so the figures in a warning can be checked against the paper.
 */
public record PeriodSums(Period period, Metric metric, int total, Map<Attribute, Integer> parts) {

    public PeriodSums {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(metric, "metric");
        parts = parts.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(parts));
    }

    public int part(Attribute attribute) {
        return parts.getOrDefault(attribute, 0);
    }

    /** The attribute's share of the total in per cent, one decimal, as reports print it; empty when nothing to share. */
    public Optional<BigDecimal> sharePercent(Attribute attribute) {
        if (total == 0 || !parts.containsKey(attribute)) {
            return Optional.empty();
        }
        return Optional.of(Percentages.of(part(attribute), total));
    }
}
