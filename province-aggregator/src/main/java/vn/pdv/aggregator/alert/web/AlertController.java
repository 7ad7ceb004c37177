package vn.pdv.aggregator.alert.web;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.pdv.aggregator.alert.Alerts;
import vn.pdv.aggregator.alert.application.AlertProperties;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.web.Problems;

/**
 * {@code GET /api/alerts?unit=…&since=…&limit=…}: the alerts addressed to a unit (about itself or anything beneath
 * it, and its digests), newest first. {@code since} is a day ({@code 2024-09-01}, from midnight in the alerts' zone)
 * or an instant ({@code 2024-09-01T00:00:00Z}); without it, from the first.
 */
@RestController
class AlertController {

    static final int MAX_LIMIT = 500;

    private final Alerts alerts;
    private final AlertProperties properties;

    AlertController(Alerts alerts, AlertProperties properties) {
        this.alerts = alerts;
        this.properties = properties;
    }

    @GetMapping("/api/alerts")
    ResponseEntity<?> addressedTo(@RequestParam(required = false) String unit,
                              @RequestParam(required = false) String since,
                              @RequestParam(defaultValue = "100") int limit) {
        if (unit == null || unit.isBlank()) {
            return Problems.badRequest("unit-required",
                    "Cần nêu đơn vị nhận cảnh báo: tham số unit.",
                    "Name the unit the alerts are addressed to: parameter unit.", "unit");
        }
        if (!Problems.isUnitCode(unit)) {
            return Problems.invalidUnit("unit", unit);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            return Problems.badRequest("invalid-limit",
                    "Số cảnh báo tối đa (limit) phải từ 1 đến " + MAX_LIMIT + ".",
                    "The most alerts to return (limit) must be between 1 and " + MAX_LIMIT + ".", "limit");
        }
        Instant from;
        try {
            from = since == null || since.isBlank() ? Instant.EPOCH : parse(since.strip());
        } catch (DateTimeException e) {
            return Problems.badRequest("invalid-since",
                    "Mốc thời gian since \"" + since + "\" không hợp lệ: cần ngày (2024-09-01) hoặc thời điểm "
                            + "(2024-09-01T00:00:00Z).",
                    "Since \"" + since + "\" is not valid: give a day (2024-09-01) or an instant "
                            + "(2024-09-01T00:00:00Z).", "since");
        }
        return ResponseEntity.ok(alerts.addressedTo(new UnitCode(unit), from, limit).stream().map(AlertView::of).toList());
    }

    private Instant parse(String since) {
        return since.contains("T") ? Instant.parse(since) : LocalDate.parse(since).atStartOfDay(properties.zone()).toInstant();
    }
}
