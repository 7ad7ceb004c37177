package vn.pdv.aggregator.report.web;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.quota.Period;
import vn.pdv.aggregator.report.Report;
import vn.pdv.aggregator.report.application.Reports;
import vn.pdv.aggregator.report.file.ReportFormat;
import vn.pdv.aggregator.web.Problems;

/**
 * {@code GET /api/reports/{unit}/{period}?format=xlsx|csv}: the fulfilment report of the unit and the units beneath
 * it for a year (2024), a half (2024-H1), a quarter (2024-Q2) or a term (2020-2025), as an attachment named after
 * the unit and period (bao-cao-DUK-2024-Q2.xlsx). XLSX unless asked otherwise.
 */
@RestController
class ReportController {

    private final Reports reports;

    ReportController(Reports reports) {
        this.reports = reports;
    }

    @GetMapping("/api/reports/{unit}/{period}")
    ResponseEntity<?> report(@PathVariable String unit, @PathVariable String period,
                             @RequestParam(defaultValue = "xlsx") String format) {
        Optional<ReportFormat> as = ReportFormat.named(format);
        if (as.isEmpty()) {
            return Problems.badRequest("invalid-format",
                    "Định dạng \"" + format + "\" không được hỗ trợ: chọn xlsx hoặc csv.",
                    "Format \"" + format + "\" is not supported: choose xlsx or csv.", "format");
        }
        Optional<Period> named = Problems.period(period);
        if (named.isEmpty()) {
            return Problems.invalidPeriod("period", period);
        }
        Optional<Report> report = reports.of(new UnitCode(unit), named.get());
        if (report.isEmpty()) {
            return Problems.unknownUnit(unit);
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(as.get().mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(as.get().fileName(report.get().heading()), StandardCharsets.UTF_8).build().toString())
                .body(as.get().render(report.get()));
    }
}
