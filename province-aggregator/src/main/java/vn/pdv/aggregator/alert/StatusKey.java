package vn.pdv.aggregator.alert;

import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.quota.Metric;
import vn.pdv.aggregator.quota.Period;
import vn.pdv.aggregator.status.UnitStatus;

/**
 * What one status is the status of: a unit, a metric, a period, and for a plan's own target which one (null for the
 * quota). Each has its own history of changes.
 */
public record StatusKey(UnitCode unit, Metric metric, Period period, String target) {

    public StatusKey(UnitCode unit, Metric metric, Period period) {
        this(unit, metric, period, null);
    }

    public static StatusKey of(UnitStatus status) {
        return new StatusKey(status.unit(), status.metric(), status.period(), status.target());
    }

    /**
     * {@code DUK-01|ADMISSIONS|2024}, or {@code DUK-01|ADMISSIONS|2024|MEMBERSHIP_SHARE} for a target: the stored form,
     * and part of the ids of the alerts about it.
     */
    public String value() {
        return unit.value() + "|" + metric + "|" + period.code() + (target == null ? "" : "|" + target);
    }
}
