package vn.pdv.aggregator.alert.kafka;

import vn.pdv.aggregator.alert.Alert;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.status.Status;
import vn.pdv.events.AlertRaised;
import vn.pdv.events.FulfilmentStatus;

/**
 * Turns an {@link Alert} into the {@link AlertRaised} the unit services consume (their {@code alert/kafka/AvroAlerts}
 * is the other direction). A digest travels as kind {@code DIGEST} with metric {@value Alert#ALL_METRICS}, its worst
 * status, the periods it covers, no quota, and as {@code actual} the number of judgements it lists.
 */
final class AvroAlerts {

    private AvroAlerts() {
    }

    static AlertRaised toAvro(Alert alert) {
        return AlertRaised.newBuilder()
                .setAlertId(alert.id().value())
                .setUnitCode(alert.unit().value())
                .setAddressedTo(alert.addressedTo().stream().map(UnitCode::value).toList())
                .setKind(switch (alert.kind()) {
                    case STATUS_CHANGED -> vn.pdv.events.AlertKind.STATUS_CHANGED;
                    case DIGEST -> vn.pdv.events.AlertKind.DIGEST;
                    case EVENT_REFUSED -> vn.pdv.events.AlertKind.EVENT_REFUSED;
                })
                .setStatus(status(alert.status()))
                .setPreviousStatus(alert.previousStatus() == null ? null : status(alert.previousStatus()))
                .setMetric(alert.metric())
                .setPeriodLabel(alert.period())
                .setQuota(alert.quota())
                .setActual(alert.actual())
                .setPercentOfPlan(alert.percentOfPlan() == null ? null : alert.percentOfPlan().toPlainString())
                .setRaisedAt(alert.raisedAt())
                .setMessageVi(alert.message().vi())
                .setMessageEn(alert.message().en())
                .build();
    }

    private static FulfilmentStatus status(Status status) {
        return switch (status) {
            case MET -> FulfilmentStatus.MET;
            case ON_TRACK -> FulfilmentStatus.ON_TRACK;
            case AT_RISK -> FulfilmentStatus.AT_RISK;
            case LAGGING -> FulfilmentStatus.LAGGING;
            case UNKNOWN -> FulfilmentStatus.UNKNOWN;
        };
    }
}
