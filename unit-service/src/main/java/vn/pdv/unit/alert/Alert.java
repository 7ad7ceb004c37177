package vn.pdv.unit.alert;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import vn.pdv.unit.decision.Bilingual;
import vn.pdv.unit.organisation.UnitCode;

/**
 * An alert about one of the committee's units, as the aggregator raised it, and whether staff have seen it.
 *
 * @param previousStatus null for a unit's first status or a digest
 * @param quota          null when the unit has no quota for the period
 * @param percentOfPlan  {@code actual} as a percentage of {@code quota}; null without a quota
 * @param acknowledgedAt null until someone acknowledges the alert; then with {@code acknowledgedBy}
 */
public record Alert(AlertId id, UnitCode unit, AlertKind kind, PlanStatus status, PlanStatus previousStatus,
                    String metric, String period, Integer quota, long actual, BigDecimal percentOfPlan,
                    Instant raisedAt, Bilingual message, Instant acknowledgedAt, String acknowledgedBy) {

    public Alert {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(raisedAt, "raisedAt");
        Objects.requireNonNull(message, "message");
        if ((acknowledgedAt == null) != (acknowledgedBy == null)) {
            throw new IllegalArgumentException("acknowledgedAt and acknowledgedBy go together");
        }
    }

    public boolean acknowledged() {
        return acknowledgedAt != null;
    }

    /** The first acknowledgement stands: acknowledging again changes nothing, so a repeated click is harmless. */
    public Alert acknowledge(String by, Instant at) {
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
        if (acknowledged()) {
            return this;
        }
        return new Alert(id, unit, kind, status, previousStatus, metric, period, quota, actual, percentOfPlan,
                raisedAt, message, at, by);
    }
}
