package vn.pdv.aggregator.fulfilment.web;

import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.pdv.aggregator.fulfilment.ProgressReport;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.plan.Period;
import vn.pdv.aggregator.web.Problems;

/**
 * {@code GET /api/progress/{unit}/{period}}: quota, actual and per cent of plan for the unit's subtree, the period
 * named as "2024", "2024-H1", "2024-Q2" or "2020-2025", with the quotas of overlapping periods and ratio targets.
 */
@RestController
class ProgressController {

    private final ProgressReport report;

    ProgressController(ProgressReport report) {
        this.report = report;
    }

    @GetMapping("/api/progress/{unit}/{period}")
    ResponseEntity<?> progress(@PathVariable String unit, @PathVariable String period) {
        Optional<Period> named = Period.ofCode(period).filter(p -> p.year() >= 2000 && p.endYear() <= 2100);
        if (named.isEmpty()) {
            return Problems.badRequest("invalid-period",
                    "Kỳ \"" + period + "\" không hợp lệ: cần năm (2024), 6 tháng (2024-H1), quý (2024-Q2) hoặc nhiệm kỳ "
                            + "(2020-2025), trong khoảng 2000–2100.",
                    "Period \"" + period + "\" is not valid: give a year (2024), a half (2024-H1), a quarter (2024-Q2) "
                            + "or a term (2020-2025), within 2000–2100.", "period");
        }
        return report.of(new UnitCode(unit), named.get())
                .<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> Problems.unknownUnit(unit));
    }
}
