package vn.pdv.aggregator.alert.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import vn.pdv.aggregator.alert.Alert;
import vn.pdv.aggregator.alert.Delivery;
import vn.pdv.aggregator.hierarchy.UnitCode;

/**
 * An alert as the API shows it, named like the unit services' alert inbox ({@code message} is Vietnamese), with how
 * each delivery went.
 */
record AlertView(String id, String kind, String unitCode, String unitName, List<String> addressedTo, String status,
                 String previousStatus, String metric, String period, Integer quota, long actual,
                 BigDecimal percentOfPlan, Instant raisedAt, String message, String messageEn,
                 List<Delivery> deliveries) {

    static AlertView of(Alert alert) {
        return new AlertView(alert.id().value(), alert.kind().name(), alert.unit().value(), alert.unitName(),
                alert.addressedTo().stream().map(UnitCode::value).toList(), alert.status().name(),
                alert.previousStatus() == null ? null : alert.previousStatus().name(), alert.metric(), alert.period(),
                alert.quota(), alert.actual(), alert.percentOfPlan(), alert.raisedAt(), alert.message().vi(),
                alert.message().en(), alert.deliveries());
    }
}
