package vn.pdv.unit.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.HandlerMethod;
import vn.pdv.common.security.ProblemResponses;
import vn.pdv.common.web.ProblemHandling;

/** The unit service's one advice: the shared problem handling, and the exceptions only this service raises. */
@RestControllerAdvice
class ProblemAdvice extends ProblemHandling {

    /**
     * A refusal by {@link CommitteeAccess} (or any other) in an API handler: 403 naming the role or unit missing. A
     * page's refusal goes on to the pages' chain, which answers with a page.
     */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> on(AccessDeniedException denied, HandlerMethod handler) {
        if (!handler.getBeanType().isAnnotationPresent(RestController.class)) {
            throw denied;
        }
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(ProblemResponses.forbidden(denied));
    }
}
