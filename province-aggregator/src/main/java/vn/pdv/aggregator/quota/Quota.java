package vn.pdv.aggregator.quota;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import vn.pdv.aggregator.hierarchy.UnitCode;

/**
 * A number a committee expects a unit to reach in a period, as a sound value: never negative, and no part of its
 * breakdown larger than the whole. Plan tables that break these rules are reported by the plan import's checks; what
 * reaches a quota has been checked.
 *
 * @param target    the unit expected to reach the number
 * @param issuedBy  the committee that assigned it
 * @param plan      the document that assigned it
 * @param breakdown parts of the total by reporting attribute, e.g. 13 of 20 youth-union members; empty when the plan
 *                  gives none or gave one that did not hold together; iterates in {@link Attribute} order
 */
public record Quota(UnitCode target, UnitCode issuedBy, PlanReference plan, Period period, Metric metric, int total,
                    Map<Attribute, Integer> breakdown) {

    public Quota {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(issuedBy, "issuedBy");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(metric, "metric");
        if (total < 0) {
            throw new IllegalArgumentException("a quota cannot be negative: " + total);
        }
        breakdown.forEach((attribute, part) -> {
            if (part < 0 || part > total) {
                throw new IllegalArgumentException("%s part %d outside 0..%d".formatted(attribute, part, total));
            }
        });
        breakdown = breakdown.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(breakdown));
    }

    /**
     * A quota as an event or API states it, breakdown keyed by name: a part whose name is not an {@link Attribute}, or
     * that lies outside 0..total, is left out rather than refusing the whole quota, since the total is what the unit
     * is rated against (the import's checks report such parts; an event has no one to report them to).
     */
    public static Quota stated(UnitCode target, UnitCode issuedBy, PlanReference plan, Period period, Metric metric,
                               int total, Map<String, Integer> namedParts) {
        Map<Attribute, Integer> breakdown = new EnumMap<>(Attribute.class);
        namedParts.forEach((name, part) -> Attribute.named(name)
                .filter(attribute -> part != null && part >= 0 && part <= total)
                .ifPresent(attribute -> breakdown.put(attribute, part)));
        return new Quota(target, issuedBy, plan, period, metric, total, breakdown);
    }

    /** The part for an attribute, 0 when the breakdown does not name it. */
    public int part(Attribute attribute) {
        return breakdown.getOrDefault(attribute, 0);
    }

    public boolean hasBreakdown() {
        return !breakdown.isEmpty();
    }
}
