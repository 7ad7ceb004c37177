package vn.pdv.aggregator.intake.web;

import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.intake.Completeness;
import vn.pdv.aggregator.intake.LogStatus;

/**
 * Completeness: {@code GET /api/logs} lists every committee's log, how far it got, its gaps, when it last spoke and
 * whether it has gone quiet or never sent anything; {@code GET /api/logs/{unit}} the same for the committees in one
 * unit's subtree.
 */
@RestController
class LogController {

    private final Completeness completeness;

    LogController(Completeness completeness) {
        this.completeness = completeness;
    }

    @GetMapping("/api/logs")
    List<LogStatus> all() {
        return completeness.all();
    }

    @GetMapping("/api/logs/{unit}")
    ResponseEntity<?> within(@PathVariable String unit) {
        return completeness.within(new UnitCode(unit))
                .<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> {
                    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                            "Chưa có đơn vị hay sổ sự kiện nào mang mã " + unit + ".");
                    problem.setType(URI.create("urn:pdv:problem:unit-unknown"));
                    problem.setTitle("Không tìm thấy");
                    problem.setProperty("titleEn", "Not found");
                    problem.setProperty("detailEn", "No unit or committee log with code " + unit + " is known.");
                    problem.setProperty("field", "unit");
                    return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
                });
    }
}
