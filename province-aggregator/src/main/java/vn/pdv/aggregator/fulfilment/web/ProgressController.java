package vn.pdv.aggregator.fulfilment.web;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.pdv.aggregator.fulfilment.ProgressReport;
import vn.pdv.aggregator.hierarchy.UnitCode;

/** {@code GET /api/progress/{unit}/{year}}: quota, actual and per cent of plan for the unit's subtree. */
@RestController
class ProgressController {

    private final ProgressReport report;

    ProgressController(ProgressReport report) {
        this.report = report;
    }

    @GetMapping("/api/progress/{unit}/{year}")
    ResponseEntity<?> progress(@PathVariable String unit, @PathVariable int year) {
        if (year < 2000 || year > 2100) {
            return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "invalid-year",
                    "Năm " + year + " nằm ngoài khoảng 2000–2100.", "Year " + year + " is outside 2000–2100.", "year"));
        }
        return report.of(new UnitCode(unit), year)
                .<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem(HttpStatus.NOT_FOUND,
                        "unit-unknown", "Chưa có đơn vị nào mang mã " + unit + ".",
                        "No unit with code " + unit + " has been registered.", "unit")));
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
