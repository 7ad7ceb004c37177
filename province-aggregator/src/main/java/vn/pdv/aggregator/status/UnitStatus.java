package vn.pdv.aggregator.status;

import java.time.LocalDate;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.quota.Metric;
import vn.pdv.aggregator.quota.Period;

/**
 * A unit's status for one metric and period on a day, with the figures it was judged on.
 *
 * @param quota    the target for the period; null when the unit has none (status {@link Status#UNKNOWN})
 * @param expected how many the expected pace asks for by {@code asOf}
 * @param reason   why, in Vietnamese (authoritative) and English, e.g. "12/40, cần 20 theo tiến độ"; for a plan's
 *                 own target, the target, the value and the threshold
 * @param target   null for the status against a quota; for a plan's own target judged like one ("4–5 classes a year",
 *                 "3–4% of membership", "≥ 70% youth-union"), which: {@code AWARENESS_CLASSES}, {@code MEMBERSHIP_SHARE},
 *                 {@code YOUTH_UNION_SHARE}… ({@link vn.pdv.aggregator.fulfilment.Progress.RatioProgress#target()})
 */
public record UnitStatus(UnitCode unit, String unitName, Metric metric, Period period, LocalDate asOf,
                         Integer quota, long actual, long expected, Status status, String reason, String reasonEn,
                         String target) {

    /** The status against a quota. */
    public UnitStatus(UnitCode unit, String unitName, Metric metric, Period period, LocalDate asOf, Integer quota,
                      long actual, long expected, Status status, String reason, String reasonEn) {
        this(unit, unitName, metric, period, asOf, quota, actual, expected, status, reason, reasonEn, null);
    }

    /** Whether this is the status of a plan's own target rather than of a quota. */
    public boolean ofTarget() {
        return target != null;
    }
}
