package vn.pdv.aggregator.web;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.HandlerMethod;
import vn.pdv.aggregator.hierarchy.UnknownUnit;
import vn.pdv.common.security.ProblemResponses;
import vn.pdv.common.web.ProblemHandling;
import vn.pdv.common.web.Problems;

/**
 * The aggregator's one advice: the shared problem handling, a refusal, a unit nobody registered, and a required
 * parameter left out, said with what kind of value it wants ("mã đơn vị", not a Java type).
 */
@RestControllerAdvice
class ProblemAdvice extends ProblemHandling {

    /**
     * A refusal by {@link ProvinceAccess} (or any other) in an API handler: 403 naming the role or unit missing. A
     * page's refusal goes on to the pages' chain, which answers with a page.
     */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> on(AccessDeniedException denied, HandlerMethod handler) {
        if (!handler.getBeanType().isAnnotationPresent(RestController.class)) {
            throw denied;
        }
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(ProblemResponses.forbidden(denied));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> on(UnknownUnit unknown) {
        String unit = unknown.unit().value();
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Problems.problem(HttpStatus.NOT_FOUND, "unit-unknown",
                "Chưa có đơn vị nào mang mã " + unit + ".", "No unit with code " + unit + " has been registered.",
                "unit"));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException missing,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String name = missing.getParameterName();
        String[] wanted = switch (missing.getParameterType()) {
            case "UnitCode" -> new String[] {"mã đơn vị", "a unit code"};
            case "Period" -> new String[] {"kỳ", "a period"};
            case "LocalDate" -> new String[] {"ngày dạng YYYY-MM-DD", "a date, YYYY-MM-DD"};
            default -> new String[] {"giá trị", "a value"};
        };
        return badRequest(Problems.problem(HttpStatus.BAD_REQUEST, "NotNull",
                "Cần nêu " + wanted[0] + ": tham số " + name + ".", "Give " + wanted[1] + ": parameter " + name + ".",
                name));
    }
}
