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
import vn.pdv.common.workingdays.HolidaysNotCoveredException;

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

    /** A configuration gap, not the user's mistake: say which year is missing and who can add it. */
    @ExceptionHandler
    ResponseEntity<Object> on(HolidaysNotCoveredException missing) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                "Chưa có lịch ngày nghỉ lễ năm " + missing.year() + " nên không tính được hạn theo ngày làm việc. "
                        + "Quản trị hệ thống cần bổ sung ngày nghỉ năm " + missing.year() + " vào holidays-vn.csv.");
        problem.setType(java.net.URI.create("urn:pdv:problem:rule:HOLIDAYS_NOT_COVERED"));
        problem.setTitle("Thiếu lịch ngày nghỉ");
        problem.setProperty("titleEn", "Holiday calendar missing");
        problem.setProperty("detailEn", "There is no holiday data for " + missing.year()
                + ", so working-day deadlines cannot be counted. An administrator must add that year's days off to "
                + "holidays-vn.csv.");
        problem.setProperty("rule", "HOLIDAYS_NOT_COVERED");
        return ResponseEntity.unprocessableContent().body(problem);
    }
}
