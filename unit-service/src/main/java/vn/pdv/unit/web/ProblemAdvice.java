package vn.pdv.unit.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.pdv.common.web.ProblemHandling;
import vn.pdv.unit.pipeline.rules.HolidaysNotCoveredException;

/** The unit service's one advice: the shared problem handling, and the exceptions only this service raises. */
@RestControllerAdvice
class ProblemAdvice extends ProblemHandling {

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
