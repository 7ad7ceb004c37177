package vn.pdv.aggregator.alert;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.status.Status;

/**
 * An alert as raised, with how far its delivery got. Its fields other than {@code deliveries} never change, so a
 * redelivered alert says the same thing.
 *
 * @param unit           the unit whose status changed; for a digest, the committee it is for
 * @param addressedTo    the unit and its ancestors, nearest first; a digest is addressed to its committee only
 * @param status         the new status; for a digest, the worst status it lists
 * @param previousStatus null for a unit's first judgement and for a digest
 * @param metric         e.g. {@code ADMISSIONS}; {@value #ALL_METRICS} for a digest
 * @param period         the period's code, e.g. {@code 2024}; a digest names every period it covers, comma-separated
 * @param quota          null without a quota, and for a digest
 * @param actual         the count so far; for a digest, how many judgements it lists as at risk or lagging
 * @param percentOfPlan  {@code actual} against {@code quota}, one decimal; null without a quota
 */
public record Alert(AlertId id, AlertKind kind, UnitCode unit, String unitName, List<UnitCode> addressedTo,
                    Status status, Status previousStatus, String metric, String period, Integer quota, long actual,
                    BigDecimal percentOfPlan, Instant raisedAt, Message message, List<Delivery> deliveries) {

    public static final String ALL_METRICS = "ALL";

    public Alert {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(raisedAt, "raisedAt");
        Objects.requireNonNull(message, "message");
        addressedTo = List.copyOf(addressedTo);
        deliveries = List.copyOf(deliveries);
    }

    /** When the next pending delivery is due; empty when nothing is left to deliver. */
    public Optional<Instant> nextAttemptAt() {
        return Delivery.nextAttemptAt(deliveries);
    }
}
