package vn.pdv.unit.pipeline.rules;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One rule a step broke: which rule, the values that broke it (in the order a reader needs them), what is wrong and
 * how to put it right, in Vietnamese with an English counterpart. Values are strings (dates ISO-8601) so they can be
 * shown or serialised as they are.
 */
public record RuleViolation(RuleCode code, Map<String, String> values, Bilingual message, Bilingual fix) {

    public RuleViolation {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(fix, "fix");
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }
}
