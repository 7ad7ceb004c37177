package vn.pdv.common.web;

import java.util.Objects;
import java.util.Optional;

/**
 * A value a request named that its type refuses, saying why in both languages: a converter of a path variable or
 * query parameter, or a JSON creator, throws it, and {@link ProblemHandling} answers 400 in the one problem shape,
 * its type {@code urn:pdv:problem:<rule>} (e.g. {@code invalid-period}), naming the parameter or the JSON path as the
 * field. It says what Bean Validation's generic words cannot: which value was wrong and what would be right
 * ("Kỳ \"2024-Q5\" không hợp lệ: cần năm (2024), …").
 */
public class InvalidValue extends IllegalArgumentException {

    private final String rule;
    private final String vi;
    private final String en;

    public InvalidValue(String rule, String vi, String en) {
        super(en);
        this.rule = Objects.requireNonNull(rule, "rule");
        this.vi = Objects.requireNonNull(vi, "vi");
        this.en = Objects.requireNonNull(en, "en");
    }

    public String rule() {
        return rule;
    }

    public String vi() {
        return vi;
    }

    public String en() {
        return en;
    }

    /** The refusal somewhere in a failure's causes (Spring and Jackson wrap what a converter throws). */
    static Optional<InvalidValue> in(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof InvalidValue invalid) {
                return Optional.of(invalid);
            }
        }
        return Optional.empty();
    }
}
