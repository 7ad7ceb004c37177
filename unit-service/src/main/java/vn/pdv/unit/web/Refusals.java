package vn.pdv.unit.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import vn.pdv.unit.decision.RuleViolation;

/**
 * A refusal by the Party's rules as an RFC 9457 problem detail, in the shape of {@link vn.pdv.common.web.Problems}
 * with every rule broken listed.
 */
public final class Refusals {

    private Refusals() {
    }

    /**
     * 422: the request was well formed but a rule of the Party's procedure refuses it. Nothing was written. The top
     * level names the first rule broken ({@code rule}, {@code field}, {@code values}, {@code message}, {@code fix} and
     * their English counterparts); {@code violations} lists every rule broken, in the same shape.
     */
    public static ResponseEntity<ProblemDetail> refused(List<RuleViolation> violations) {
        RuleViolation first = violations.getFirst();
        String vi = violations.stream().map(v -> v.message().vi() + " " + v.fix().vi()).collect(Collectors.joining(" "));
        String en = violations.stream().map(v -> v.message().en() + " " + v.fix().en()).collect(Collectors.joining(" "));
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, vi);
        problem.setType(URI.create("urn:pdv:problem:rule:" + first.code()));
        problem.setTitle("Vi phạm quy định: " + first.code());
        problem.setProperty("titleEn", "Rule broken: " + first.code());
        problem.setProperty("detailEn", en);
        describe(first).forEach(problem::setProperty);
        problem.setProperty("violations", violations.stream().map(Refusals::describe).toList());
        return ResponseEntity.unprocessableContent().body(problem);
    }

    public static ResponseEntity<ProblemDetail> refused(RuleViolation violation) {
        return refused(List.of(violation));
    }

    private static Map<String, Object> describe(RuleViolation violation) {
        Map<String, Object> described = new LinkedHashMap<>();
        described.put("rule", violation.code().name());
        if (violation.field() != null) {
            described.put("field", violation.field());
        }
        described.put("values", violation.values());
        described.put("message", violation.message().vi());
        described.put("messageEn", violation.message().en());
        described.put("fix", violation.fix().vi());
        described.put("fixEn", violation.fix().en());
        return described;
    }
}
