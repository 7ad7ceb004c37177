package vn.pdv.aggregator.quota;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.hierarchy.UnitKind;

/**
 * Quotas survive a reorganisation (issue 13): a unit that others merged into carries their quotas for every period
 * the merge did not end before, unless it holds one of its own for that period and metric (a reassignment). Two
 * communes with 6 and 4 admissions for 2025 merged in July make one commune with 10 for 2025, counted against the
 * figures of all three, since the successor's figures take in its predecessors' days before the merge.
 *
 * <p>Several predecessors' quotas for one period and metric add up, their breakdowns part by part; the quota carried
 * cites the first predecessor's plan and issuer (plans print one number per quota). Whether a term was over by the
 * merge is judged on the predecessor's own term days ({@link Terms}): a grassroots term 2020–2025 that closed at its
 * congress of May 2025 is not carried by a merge in July 2025.
 */
public final class Succession {

    /**
     * A unit merged into the successor on {@code mergedOn}, with the quotas it held (its own carried ones included).
     *
     * @param level its kind when it closed, which says when its terms ran
     */
    public record Predecessor(UnitCode unit, UnitKind level, LocalDate mergedOn, List<Quota> quotas) {

        public Predecessor {
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(level, "level");
            Objects.requireNonNull(mergedOn, "mergedOn");
            quotas = List.copyOf(quotas);
        }
    }

    private record Key(Period period, Metric metric) {
    }

    private Succession() {
    }

    /** The successor's own quotas, then those carried from its predecessors. */
    public static List<Quota> inForce(UnitCode successor, List<Quota> own, List<Predecessor> predecessors,
                                      Terms terms) {
        Map<Key, List<Quota>> carried = new LinkedHashMap<>();
        for (Predecessor predecessor : predecessors) {
            for (Quota quota : predecessor.quotas()) {
                Key key = new Key(quota.period(), quota.metric());
                boolean reassigned = own.stream()
                        .anyMatch(held -> held.period().equals(key.period()) && held.metric() == key.metric());
                boolean running = terms.bounds(quota.period(), predecessor.level()).until()
                        .isAfter(predecessor.mergedOn());
                if (!reassigned && running) {
                    carried.computeIfAbsent(key, k -> new ArrayList<>()).add(quota);
                }
            }
        }
        List<Quota> inForce = new ArrayList<>(own);
        carried.forEach((key, quotas) -> {
            Map<Attribute, Integer> breakdown = new EnumMap<>(Attribute.class);
            quotas.forEach(quota -> quota.breakdown().forEach((attribute, part) -> breakdown.merge(attribute, part,
                    Integer::sum)));
            Quota first = quotas.getFirst();
            inForce.add(new Quota(successor, first.issuedBy(), first.plan(), key.period(), key.metric(),
                    quotas.stream().mapToInt(Quota::total).sum(), breakdown));
        });
        return inForce;
    }
}
