package vn.pdv.unit.web;

import java.net.URI;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import vn.pdv.unit.Refusal;

/**
 * Builds the service's RFC 9457 problem details. {@code title} and {@code detail} are Vietnamese, the
 * users' language; {@code titleEn} and {@code detailEn} carry the English counterpart.
 */
public final class Problems {

    private Problems() {
    }

    /** 422: the request was well formed but a rule of the Party's procedure refuses it. Nothing was written. */
    public static ResponseEntity<ProblemDetail> refused(Refusal refusal) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, refusal.messageVi());
        problem.setType(URI.create("urn:pdv:problem:rule:" + refusal.rule()));
        problem.setTitle("Vi phạm quy định: " + refusal.rule());
        problem.setProperty("titleEn", "Rule broken: " + refusal.rule());
        problem.setProperty("detailEn", refusal.messageEn());
        problem.setProperty("rule", refusal.rule());
        if (refusal.field() != null) {
            problem.setProperty("field", refusal.field());
        }
        problem.setProperty("values", refusal.values());
        return ResponseEntity.unprocessableContent().body(problem);
    }

    /** 400: fields that are missing or malformed. Nothing was written. */
    static ProblemDetail invalid(List<FieldError> errors) {
        String vi = errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; "));
        String en = errors.stream().map(e -> e.field() + ": " + e.messageEn()).collect(Collectors.joining("; "));
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, vi);
        problem.setType(URI.create("urn:pdv:problem:invalid-request"));
        problem.setTitle("Dữ liệu gửi lên không hợp lệ");
        problem.setProperty("titleEn", "Invalid request");
        problem.setProperty("detailEn", en);
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
