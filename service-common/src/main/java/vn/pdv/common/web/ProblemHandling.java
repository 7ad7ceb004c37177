package vn.pdv.common.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;
import vn.pdv.common.workingdays.HolidaysNotCoveredException;

/**
 * Every error the web layer raises becomes an RFC 9457 problem detail (Spring's defaults); malformed
 * requests get ours, naming each field and the rule it broke, in Vietnamese and English: a request body's
 * constraints, a parameter's constraints (method validation), JSON that does not read, a value of the wrong type,
 * and a value its own type refuses ({@link InvalidValue}); and a deadline counted through a year the holiday data does
 * not cover (422, a gap an administrator fills, not the caller's mistake). Each service has one {@code @RestControllerAdvice} that
 * extends this and adds the handlers of its own exceptions.
 */
public abstract class ProblemHandling extends ResponseEntityExceptionHandler {

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException invalid,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = invalid.getBindingResult().getFieldErrors().stream()
                .map(ProblemHandling::fieldError)
                .toList();
        return badRequest(Problems.invalid(errors));
    }

    /** A parameter's own constraints ({@code @Min} on a path variable), and a body's when the method has such. */
    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException invalid,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = new ArrayList<>();
        for (ParameterValidationResult result : invalid.getParameterValidationResults()) {
            if (result instanceof ParameterErrors body) {
                body.getFieldErrors().forEach(error -> errors.add(fieldError(error)));
                continue;
            }
            for (MessageSourceResolvable error : result.getResolvableErrors()) {
                String[] codes = error.getCodes();
                String rule = codes == null || codes.length == 0 ? "Unknown" : codes[codes.length - 1];
                var wording = ConstraintMessages.of(rule, mainArgument(error));
                errors.add(new FieldError(result.getMethodParameter().getParameterName(), rule, wording.vi(),
                        wording.en(), result.getArgument()));
            }
        }
        return badRequest(Problems.invalid(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException unreadable,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var refused = InvalidValue.in(unreadable);
        if (refused.isPresent() && unreadable.getCause() instanceof JacksonException json && !json.getPath().isEmpty()) {
            return badRequest(problem(refused.get(), path(json)));
        }
        if (unreadable.getCause() instanceof JacksonException json && !json.getPath().isEmpty()) {
            var wording = ConstraintMessages.of("Type", expected(json));
            return badRequest(Problems.invalid(List.of(new FieldError(path(json), "Type", wording.vi(), wording.en(), null))));
        }
        var wording = ConstraintMessages.of("Type", "JSON");
        return badRequest(Problems.invalid(List.of(new FieldError("body", "Type", wording.vi(), wording.en(), null))));
    }

    /** A configuration gap, not the user's mistake: say which year is missing and who can add it. */
    @ExceptionHandler
    ResponseEntity<Object> on(HolidaysNotCoveredException missing) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                "Chưa có lịch ngày nghỉ lễ năm " + missing.year() + " nên không tính được hạn theo ngày làm việc. "
                        + "Quản trị hệ thống cần bổ sung ngày nghỉ năm " + missing.year() + " vào holidays-vn.csv.");
        problem.setType(URI.create("urn:pdv:problem:rule:HOLIDAYS_NOT_COVERED"));
        problem.setTitle("Thiếu lịch ngày nghỉ");
        problem.setProperty("titleEn", "Holiday calendar missing");
        problem.setProperty("detailEn", "There is no holiday data for " + missing.year()
                + ", so working-day deadlines cannot be counted. An administrator must add that year's days off to "
                + "holidays-vn.csv.");
        problem.setProperty("rule", "HOLIDAYS_NOT_COVERED");
        return ResponseEntity.unprocessableContent().body(problem);
    }

    @ExceptionHandler
    protected ResponseEntity<Object> on(MethodArgumentTypeMismatchException mismatch) {
        var refused = InvalidValue.in(mismatch);
        if (refused.isPresent()) {
            return badRequest(problem(refused.get(), mismatch.getName()));
        }
        var wording = ConstraintMessages.of("Type", mismatch.getRequiredType() == null ? ""
                : mismatch.getRequiredType().getSimpleName());
        return badRequest(Problems.invalid(List.of(new FieldError(mismatch.getName(), "Type", wording.vi(), wording.en(),
                mismatch.getValue()))));
    }

    protected static ResponseEntity<Object> badRequest(ProblemDetail problem) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(problem);
    }

    private static ProblemDetail problem(InvalidValue refused, String field) {
        return Problems.problem(HttpStatus.BAD_REQUEST, refused.rule(), refused.vi(), refused.en(), field);
    }

    private static FieldError fieldError(org.springframework.validation.FieldError error) {
        String rule = error.getCode() == null ? "Unknown" : error.getCode();
        var wording = ConstraintMessages.of(rule, mainArgument(error));
        return new FieldError(error.getField(), rule, wording.vi(), wording.en(), error.getRejectedValue());
    }

    /** What the field should have held, in terms staff can act on, never the parser's internals. */
    private static String expected(JacksonException json) {
        if (!(json instanceof MismatchedInputException mismatch) || mismatch.getTargetType() == null) {
            return "JSON";
        }
        Class<?> type = mismatch.getTargetType();
        if (type.isEnum()) {
            return Arrays.stream(type.getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", "));
        }
        if (type == LocalDate.class) {
            return "YYYY-MM-DD";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true | false";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "0, 1, 2…";
        }
        return type.getSimpleName();
    }

    private static String path(JacksonException json) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : json.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** The pattern or bound of the constraint, so the message can say what was expected. */
    private static Object mainArgument(MessageSourceResolvable error) {
        Object[] arguments = error.getArguments();
        if (arguments == null) {
            return null;
        }
        for (int i = arguments.length - 1; i >= 1; i--) {
            Object argument = arguments[i];
            if (argument instanceof Number || argument instanceof String) {
                return argument;
            }
            if (argument instanceof Map<?, ?> || argument == null || argument.getClass().isArray()) {
                continue;
            }
            return argument.toString();
        }
        return null;
    }
}
