package vn.pdv.aggregator.web;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import vn.pdv.aggregator.quota.Period;

/**
 * The aggregator's RFC 9457 problem details: type {@code urn:pdv:problem:<rule>}, detail in Vietnamese with
 * {@code detailEn}, and the {@code field} at fault, so that a screen can point at it.
 */
public final class Problems {

    private Problems() {
    }

    public static ProblemDetail problem(HttpStatus status, String rule, String vi, String en, String field) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, vi);
        problem.setType(URI.create("urn:pdv:problem:" + rule));
        problem.setTitle(switch (status) {
            case NOT_FOUND -> "Không tìm thấy";
            case UNPROCESSABLE_CONTENT -> "Yêu cầu không thực hiện được";
            default -> "Dữ liệu gửi lên không hợp lệ";
        });
        problem.setProperty("titleEn", switch (status) {
            case NOT_FOUND -> "Not found";
            case UNPROCESSABLE_CONTENT -> "Request cannot be carried out";
            default -> "Invalid request";
        });
        problem.setProperty("detailEn", en);
        problem.setProperty("field", field);
        return problem;
    }

    public static ResponseEntity<ProblemDetail> badRequest(String rule, String vi, String en, String field) {
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, rule, vi, en, field));
    }

    /** Unit codes as the unit services accept them. */
    public static boolean isUnitCode(String code) {
        return code != null && code.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");
    }

    public static ResponseEntity<ProblemDetail> invalidUnit(String field, String code) {
        return badRequest("invalid-unit-code",
                "Mã đơn vị \"" + code + "\" không hợp lệ: cần 1–40 ký tự chữ, số, dấu chấm, gạch ngang hoặc gạch dưới.",
                "Unit code \"" + code + "\" is not valid: give 1–40 letters, digits, dots, hyphens or underscores.",
                field);
    }

    public static ResponseEntity<ProblemDetail> unknownUnit(String unit) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem(HttpStatus.NOT_FOUND, "unit-unknown",
                "Chưa có đơn vị nào mang mã " + unit + ".", "No unit with code " + unit + " has been registered.",
                "unit"));
    }

    /** A period named by its code (2024, 2024-H1, 2024-Q2, 2020-2025) within 2000–2100; empty otherwise. */
    public static Optional<Period> period(String code) {
        return Period.ofCode(code).filter(p -> p.year() >= 2000 && p.endYear() <= 2100);
    }

    public static ResponseEntity<ProblemDetail> invalidPeriod(String field, String text) {
        return badRequest("invalid-period",
                "Kỳ \"" + text + "\" không hợp lệ: cần năm (2024), 6 tháng (2024-H1), quý (2024-Q2) hoặc nhiệm kỳ "
                        + "(2020-2025), trong khoảng 2000–2100.",
                "Period \"" + text + "\" is not valid: give a year (2024), a half (2024-H1), a quarter (2024-Q2) "
                        + "or a term (2020-2025), within 2000–2100.", field);
    }

    /** An ISO date (2025-07-01) from a request; empty when absent or not a date (see {@link #invalidDate}). */
    public static Optional<LocalDate> date(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.strip()));
        } catch (DateTimeParseException notADate) {
            return Optional.empty();
        }
    }

    public static ResponseEntity<ProblemDetail> invalidDate(String field, String text) {
        return badRequest("invalid-date", "\"" + text + "\" ở trường " + field + " không phải ngày dạng YYYY-MM-DD.",
                "\"" + text + "\" in " + field + " is not a date in the form YYYY-MM-DD.", field);
    }
}
