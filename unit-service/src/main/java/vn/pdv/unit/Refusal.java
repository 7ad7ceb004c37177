package vn.pdv.unit;

import java.util.Map;

/**
 * A business "no": the rule a step broke, the values that broke it and how to put it right, in
 * Vietnamese first with an English counterpart. Returned, never thrown.
 *
 * @param rule a stable code clients can switch on, e.g. {@code PARENT_UNKNOWN}
 * @param field the request field at fault, when there is one
 */
public record Refusal(String rule, String field, String messageVi, String messageEn, Map<String, Object> values) {

    public static Refusal of(String rule, String field, String messageVi, String messageEn, Map<String, Object> values) {
        return new Refusal(rule, field, messageVi, messageEn, Map.copyOf(values));
    }
}
