package vn.pdv.common.web;

import java.net.URI;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * The one RFC 9457 shape both services answer with. {@code title} and {@code detail} are Vietnamese, the users'
 * language; {@code titleEn} and {@code detailEn} carry the English. {@code type} is {@code urn:pdv:problem:<rule>};
 * a problem about one field names it in {@code field} and {@code rule}, and every 400 lists its fields in
 * {@code errors} ({@link FieldError}), so that a page can show each message at its field.
 */
public final class Problems {

    private Problems() {
    }

    /** A problem about one field (or none: {@code field} may be null), named by its rule. */
    public static ProblemDetail problem(HttpStatus status, String rule, String vi, String en, String field) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, vi);
        problem.setType(URI.create("urn:pdv:problem:" + rule));
        problem.setTitle(switch (status) {
            case NOT_FOUND -> "Không tìm thấy";
            case UNPROCESSABLE_CONTENT -> "Yêu cầu không thực hiện được";
            case FORBIDDEN -> "Không có quyền";
            case UNAUTHORIZED -> "Cần đăng nhập";
            case CONFLICT -> "Xung đột dữ liệu";
            default -> "Dữ liệu gửi lên không hợp lệ";
        });
        problem.setProperty("titleEn", switch (status) {
            case NOT_FOUND -> "Not found";
            case UNPROCESSABLE_CONTENT -> "Request cannot be carried out";
            case FORBIDDEN -> "Forbidden";
            case UNAUTHORIZED -> "Login required";
            case CONFLICT -> "Conflict";
            default -> "Invalid request";
        });
        problem.setProperty("detailEn", en);
        problem.setProperty("rule", rule);
        problem.setProperty("field", field);
        if (status == HttpStatus.BAD_REQUEST && field != null) {
            problem.setProperty("errors", List.of(new FieldError(field, rule, vi, en, null)));
        }
        return problem;
    }

    /** 400: fields that are missing or malformed. Nothing was written. */
    public static ProblemDetail invalid(List<FieldError> errors) {
        String vi = errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; "));
        String en = errors.stream().map(e -> e.field() + ": " + e.messageEn()).collect(Collectors.joining("; "));
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, vi);
        problem.setType(URI.create("urn:pdv:problem:invalid-request"));
        problem.setTitle("Dữ liệu gửi lên không hợp lệ");
        problem.setProperty("titleEn", "Invalid request");
        problem.setProperty("detailEn", en);
        if (errors.size() == 1) {
            problem.setProperty("field", errors.getFirst().field());
            problem.setProperty("rule", errors.getFirst().rule());
        }
        problem.setProperty("errors", errors);
        return problem;
    }

    public static ProblemDetail notFound(String whatVi, String whatEn) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, whatVi);
        problem.setType(URI.create("urn:pdv:problem:not-found"));
        problem.setTitle("Không tìm thấy");
        problem.setProperty("titleEn", "Not found");
        problem.setProperty("detailEn", whatEn);
        return problem;
    }
}
