package vn.pdv.aggregator.finding.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.pdv.aggregator.finding.FindingCount;
import vn.pdv.aggregator.finding.application.FindingReport;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.hierarchy.UnknownUnit;
import vn.pdv.aggregator.quota.Period;
import vn.pdv.common.security.Caller;

/**
 * {@code GET /api/findings/{unit}/{period}}: for the inspection committee, how many steps the unit's subtree recorded
 * with a finding in the period (a decision after its deadline, a stale dossier…), in total and by rule, the period
 * named as for the progress ("2024", "2024-H1", "2024-Q2", "2020-2025"). Read within the caller's reach, like the
 * progress.
 */
@RestController
class FindingController {

    private final FindingReport report;

    FindingController(FindingReport report) {
        this.report = report;
    }

    @GetMapping("/api/findings/{unit}/{period}")
    @PreAuthorize("@provinceAccess.toReadPeriod(#caller, #unit, #period)")
    FindingCount findings(Caller caller, @PathVariable UnitCode unit, @PathVariable Period period) {
        return report.of(unit, period).orElseThrow(() -> new UnknownUnit(unit));
    }
}
