package vn.pdv.common.ui;

/**
 * A refusal to show on a form: a Party rule the service checked (the unit service's rule violations), or any other
 * "no" that is not a Bean Validation error. Words are already in the reader's language.
 *
 * @param field   the form field at fault, as named in the form ({@code present}, {@code decision.number}); null when
 *                the rule is about the step as a whole
 * @param message what is wrong, e.g. "Số đảng viên có mặt (3) chưa đủ hai phần ba số đảng viên chính thức (7)"
 * @param fix     how to put it right; null when the message says it already
 */
public record Violation(String field, String message, String fix) {
}
