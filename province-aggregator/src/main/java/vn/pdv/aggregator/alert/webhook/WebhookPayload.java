package vn.pdv.aggregator.alert.webhook;

import java.util.List;
import vn.pdv.aggregator.alert.Alert;
import vn.pdv.aggregator.hierarchy.UnitCode;

/**
 * The JSON a webhook receives: the fields of {@code AlertRaised} on the alerts topic, by the same names, so that a
 * receiver can handle both the same way. {@code raisedAt} is ISO-8601; {@code percentOfPlan} a decimal string.
 */
record WebhookPayload(String alertId, String kind, String unitCode, String unitName, List<String> addressedTo,
                      String status, String previousStatus, String metric, String periodLabel, Integer quota,
                      long actual, String percentOfPlan, String raisedAt, String messageVi, String messageEn) {

    static WebhookPayload of(Alert alert) {
        return new WebhookPayload(alert.id().value(), alert.kind().name(), alert.unit().value(), alert.unitName(),
                alert.addressedTo().stream().map(UnitCode::value).toList(), alert.status().name(),
                alert.previousStatus() == null ? null : alert.previousStatus().name(), alert.metric(), alert.period(),
                alert.quota(), alert.actual(),
                alert.percentOfPlan() == null ? null : alert.percentOfPlan().toPlainString(),
                alert.raisedAt().toString(), alert.message().vi(), alert.message().en());
    }
}
