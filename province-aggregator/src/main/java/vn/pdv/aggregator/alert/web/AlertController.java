package vn.pdv.aggregator.alert.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.pdv.aggregator.alert.application.AlertInbox;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.common.security.Caller;

/**
 * {@code GET /api/alerts?unit=…&since=…&limit=…}: the alerts addressed to a unit (about itself or anything beneath
 * it, and its digests), newest first, from {@link Since} (without it, from the first), at most {@code limit}.
 */
@RestController
class AlertController {

    static final int MAX_LIMIT = 500;

    private final AlertInbox alerts;

    AlertController(AlertInbox alerts) {
        this.alerts = alerts;
    }

    @GetMapping("/api/alerts")
    @PreAuthorize("@provinceAccess.toRead(#caller, #unit, null)")
    List<AlertView> addressedTo(Caller caller, @RequestParam UnitCode unit, @RequestParam(required = false) Since since,
                                @RequestParam(defaultValue = "100") @Min(1) @Max(MAX_LIMIT) int limit) {
        return alerts.addressedTo(unit, since == null ? Instant.EPOCH : since.from(), limit).stream()
                .map(AlertView::of).toList();
    }
}
