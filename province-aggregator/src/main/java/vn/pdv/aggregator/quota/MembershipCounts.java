package vn.pdv.aggregator.quota;

import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;
import vn.pdv.aggregator.hierarchy.UnitCode;

/**
 * Members per unit and year, as staff stated them: what a target such as "admit 3–4% of membership a year" (seed 003)
 * is measured against. A plain value, so a plan's checks can take it without a store.
 */
public record MembershipCounts(Map<UnitCode, Map<Integer, Integer>> byUnit) {

    public MembershipCounts {
        Map<UnitCode, Map<Integer, Integer>> copy = new HashMap<>();
        byUnit.forEach((unit, years) -> copy.put(unit, Map.copyOf(years)));
        byUnit = Map.copyOf(copy);
    }

    public static MembershipCounts none() {
        return new MembershipCounts(Map.of());
    }

    /** These counts and one more, which replaces any the unit had for that year. */
    public MembershipCounts with(UnitCode unit, int year, int members) {
        Map<UnitCode, Map<Integer, Integer>> more = new HashMap<>(byUnit);
        Map<Integer, Integer> years = new HashMap<>(more.getOrDefault(unit, Map.of()));
        years.put(year, members);
        more.put(unit, years);
        return new MembershipCounts(more);
    }

    /** Empty when nobody stated the unit's membership for that year. */
    public OptionalInt of(UnitCode unit, int year) {
        Integer members = byUnit.getOrDefault(unit, Map.of()).get(year);
        return members == null ? OptionalInt.empty() : OptionalInt.of(members);
    }
}
