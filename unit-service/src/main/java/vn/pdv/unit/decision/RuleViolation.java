package vn.pdv.unit.decision;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The one way the service says "no": which rule a step broke, the request field at fault when there is one, the values
 * that broke it (in the order a reader needs them), what is wrong and how to put it right, in Vietnamese with an
 * English counterpart. Returned, never thrown. Values are strings (dates ISO-8601) so they can be shown or serialised
 * as they are.
 *
 * @param field the request field at fault, or {@code null} when the rule is about the step as a whole
 */
public record RuleViolation(RuleCode code, String field, Map<String, String> values, Bilingual message, Bilingual fix) {

    public RuleViolation {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(fix, "fix");
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public RuleViolation(RuleCode code, Map<String, String> values, Bilingual message, Bilingual fix) {
        this(code, null, values, message, fix);
    }

    /** A violation of a rule outside the pipeline's rule classes (organisation, quotas, step order). */
    public static RuleViolation of(RuleCode code, String field, Map<String, String> values, Bilingual message,
                                   Bilingual fix) {
        return new RuleViolation(code, field, values, message, fix);
    }

    /** Alternating names and values, kept in the order given; dates become ISO-8601. */
    public static Map<String, String> values(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values must come in pairs");
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            values.put((String) namesAndValues[i], String.valueOf(namesAndValues[i + 1]));
        }
        return values;
    }

    public RuleViolation at(String requestField) {
        return new RuleViolation(code, requestField, values, message, fix);
    }
}
