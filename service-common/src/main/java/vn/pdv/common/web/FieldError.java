package vn.pdv.common.web;

/**
 * One field a request got wrong.
 *
 * @param rule the constraint broken, e.g. {@code NotBlank}, {@code Pattern}, {@code Type}
 */
public record FieldError(String field, String rule, String message, String messageEn, Object rejectedValue) {
}
