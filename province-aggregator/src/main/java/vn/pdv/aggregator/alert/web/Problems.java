package vn.pdv.aggregator.alert.web;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** A 400 in the aggregator's problem shape (see {@code ProgressController}): Vietnamese first, the field named. */
final class Problems {

    private Problems() {
    }

    static ResponseEntity<ProblemDetail> invalid(String type, String field, String vi, String en) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, vi);
        problem.setType(URI.create("urn:pdv:problem:" + type));
        problem.setTitle("Dữ liệu gửi lên không hợp lệ");
        problem.setProperty("titleEn", "Invalid request");
        problem.setProperty("detailEn", en);
        problem.setProperty("field", field);
        return ResponseEntity.badRequest().body(problem);
    }

    /** Unit codes as the unit services accept them. */
    static boolean isUnitCode(String code) {
        return code != null && code.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");
    }

    static ResponseEntity<ProblemDetail> invalidUnit(String field, String code) {
        return invalid("invalid-unit-code", field,
                "Mã đơn vị \"" + code + "\" không hợp lệ: cần 1–40 ký tự chữ, số, dấu chấm, gạch ngang hoặc gạch dưới.",
                "Unit code \"" + code + "\" is not valid: give 1–40 letters, digits, dots, hyphens or underscores.");
    }
}
