package vn.pdv.aggregator.fulfilment.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.pdv.aggregator.fulfilment.Progress;
import vn.pdv.aggregator.fulfilment.application.ProgressReport;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.hierarchy.UnknownUnit;
import vn.pdv.aggregator.quota.Period;
import vn.pdv.common.security.Caller;

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
    @PreAuthorize("@provinceAccess.toReadPeriod(#caller, #unit, #period)")
    Progress progress(Caller caller, @PathVariable UnitCode unit, @PathVariable Period period) {
        return report.of(unit, period).orElseThrow(() -> new UnknownUnit(unit));
    }
}
