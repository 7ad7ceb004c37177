package vn.pdv.aggregator.report.web;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.hierarchy.UnknownUnit;
import vn.pdv.aggregator.quota.Period;
import vn.pdv.aggregator.report.Report;
import vn.pdv.aggregator.report.application.ReportCompiler;
import vn.pdv.aggregator.report.file.ReportFormat;
import vn.pdv.aggregator.web.ProvinceAccess;
import vn.pdv.common.security.Caller;

/**
 * {@code GET /api/reports/{unit}/{period}?format=xlsx|csv}: the fulfilment report of the unit and the units beneath
 * it for a year (2024), a half (2024-H1), a quarter (2024-Q2) or a term (2020-2025), as an attachment named after
 * the unit and period (bao-cao-DUK-2024-Q2.xlsx). XLSX unless asked otherwise.
 */
@RestController
class ReportController {

    private final ReportCompiler reports;
    private final ProvinceAccess access;

    ReportController(ReportCompiler reports, ProvinceAccess access) {
        this.reports = reports;
        this.access = access;
    }

    /** The report's lines are asked for within the caller's reach on the day its lines are of (see {@code Subunits}). */
    @GetMapping("/api/reports/{unit}/{period}")
    @PreAuthorize("@provinceAccess.toReadPeriod(#caller, #unit, #period)")
    ResponseEntity<byte[]> report(Caller caller, @PathVariable UnitCode unit, @PathVariable Period period,
                                  @RequestParam(defaultValue = "xlsx") ReportFormat format) {
        Report report = reports.of(unit, period, access.reachOf(caller, unit, period)).orElseThrow(() -> new UnknownUnit(unit));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(format.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(format.fileName(report.heading()), StandardCharsets.UTF_8).build().toString())
                .body(format.render(report));
    }
}
