package vn.pdv.unit.alert.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.pdv.common.web.Problems;
import vn.pdv.unit.alert.Alert;
import vn.pdv.unit.alert.AlertId;
import vn.pdv.unit.alert.AlertKind;
import vn.pdv.unit.alert.PlanStatus;
import vn.pdv.unit.alert.application.AlertInbox;

/** The committee's alerts, newest first, and their acknowledgement by staff. */
@RestController
@RequestMapping("/api/alerts")
class AlertController {

    private final AlertInbox inbox;

    AlertController(AlertInbox inbox) {
        this.inbox = inbox;
    }

    @GetMapping
    List<AlertView> list(@RequestParam(defaultValue = "false") boolean unacknowledged) {
        return inbox.newestFirst(unacknowledged).stream().map(AlertView::of).toList();
    }

    @PostMapping("/{id}/acknowledgement")
    ResponseEntity<?> acknowledge(@PathVariable String id, @Valid @RequestBody Acknowledgement request) {
        return inbox.acknowledge(new AlertId(id), request.by().strip())
                .<ResponseEntity<?>>map(alert -> ResponseEntity.ok(AlertView.of(alert)))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).body(Problems.notFound(
                        "Không có cảnh báo " + id + ".", "There is no alert " + id + ".")));
    }

    record Acknowledgement(@NotBlank @Size(max = 200) String by) {
    }

    /** Vietnamese first: {@code message} is the Vietnamese text, {@code messageEn} its English counterpart. */
    record AlertView(String id, String unitCode, AlertKind kind, PlanStatus status, PlanStatus previousStatus,
                     String message, String messageEn, String metric, String period, Integer quota, long actual,
                     BigDecimal percentOfPlan, Instant raisedAt, Instant acknowledgedAt, String acknowledgedBy) {

        static AlertView of(Alert alert) {
            return new AlertView(alert.id().value(), alert.unit().value(), alert.kind(), alert.status(),
                    alert.previousStatus(), alert.message().vi(), alert.message().en(), alert.metric(), alert.period(),
                    alert.quota(), alert.actual(), alert.percentOfPlan(), alert.raisedAt(), alert.acknowledgedAt(),
                    alert.acknowledgedBy());
        }
    }
}
