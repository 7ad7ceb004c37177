package vn.pdv.aggregator.quota;

import java.time.LocalDate;
import java.util.Map;
import vn.pdv.aggregator.hierarchy.UnitCode;

/**
 * A number a unit is to reach in a period, as a plan assigned it.
 *
 * @param year the year counted; terms, halves and quarters come with the plans work of the aggregator issue
 * @param breakdown part of the total by reporting attribute, e.g. {@code YOUTH_UNION → 13}
 */
public record Quota(UnitCode target, UnitCode issuedBy, String planNumber, LocalDate planIssuedOn, int year,
                    Metric metric, int total, Map<String, Integer> breakdown) {

    public Quota {
        breakdown = Map.copyOf(breakdown);
    }
}
