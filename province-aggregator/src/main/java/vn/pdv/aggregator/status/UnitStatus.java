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
 * @param reason   why, in Vietnamese (authoritative) and English, e.g. "12/40, cần 20 theo tiến độ"
 */
public record UnitStatus(UnitCode unit, String unitName, Metric metric, Period period, LocalDate asOf,
                         Integer quota, long actual, long expected, Status status, String reason, String reasonEn) {
}
