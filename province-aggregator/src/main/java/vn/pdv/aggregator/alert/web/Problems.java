package vn.pdv.aggregator.alert.web;

import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** The alert API's own refusals, in the aggregator's problem shape ({@link vn.pdv.aggregator.web.Problems}). */
final class Problems {

    private Problems() {
    }

    static ResponseEntity<ProblemDetail> invalid(String type, String field, String vi, String en) {
        return vn.pdv.aggregator.web.Problems.badRequest(type, vi, en, field);
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
