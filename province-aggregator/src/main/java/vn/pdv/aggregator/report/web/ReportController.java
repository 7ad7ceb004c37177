package vn.pdv.aggregator.report.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.plan.Period;
import vn.pdv.aggregator.report.Report;
import vn.pdv.aggregator.report.Reports;
import vn.pdv.aggregator.report.file.ReportFormat;

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
            return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "invalid-format",
                    "Định dạng \"" + format + "\" không được hỗ trợ: chọn xlsx hoặc csv.",
                    "Format \"" + format + "\" is not supported: choose xlsx or csv.", "format"));
        }
        Optional<Period> named = Period.ofCode(period).filter(p -> p.year() >= 2000 && p.endYear() <= 2100);
        if (named.isEmpty()) {
            return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "invalid-period",
                    "Kỳ \"" + period + "\" không hợp lệ: cần năm (2024), 6 tháng (2024-H1), quý (2024-Q2) hoặc nhiệm kỳ "
                            + "(2020-2025), trong khoảng 2000–2100.",
                    "Period \"" + period + "\" is not valid: give a year (2024), a half (2024-H1), a quarter (2024-Q2) "
                            + "or a term (2020-2025), within 2000–2100.", "period"));
        }
        Optional<Report> report = reports.of(new UnitCode(unit), named.get());
        if (report.isEmpty()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem(HttpStatus.NOT_FOUND, "unit-unknown",
                    "Chưa có đơn vị nào mang mã " + unit + ".", "No unit with code " + unit + " has been registered.",
                    "unit"));
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(as.get().mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(as.get().fileName(report.get().heading()), StandardCharsets.UTF_8).build().toString())
                .body(as.get().render(report.get()));
    }

    private static ProblemDetail problem(HttpStatus status, String type, String vi, String en, String field) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, vi);
        problem.setType(URI.create("urn:pdv:problem:" + type));
        problem.setTitle(status == HttpStatus.NOT_FOUND ? "Không tìm thấy" : "Dữ liệu gửi lên không hợp lệ");
        problem.setProperty("titleEn", status == HttpStatus.NOT_FOUND ? "Not found" : "Invalid request");
        problem.setProperty("detailEn", en);
        problem.setProperty("field", field);
        return problem;
    }
}
