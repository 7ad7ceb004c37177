package vn.pdv.common.web;

import java.util.Map;

/**
 * Vietnamese and English wording for each Bean Validation constraint, so a refused field reads the same
 * whichever language the client shows. {@code {0}} is the constraint's main attribute (pattern, bound).
 */
public final class ConstraintMessages {

    public record Wording(String vi, String en) {
    }

    private static final Map<String, Wording> WORDING = Map.ofEntries(
            Map.entry("NotNull", new Wording("là bắt buộc", "is required")),
            Map.entry("NotBlank", new Wording("không được để trống", "must not be blank")),
            Map.entry("NotEmpty", new Wording("không được để trống", "must not be empty")),
            Map.entry("Pattern", new Wording("không đúng định dạng {0}", "must match {0}")),
            Map.entry("Size", new Wording("có độ dài không hợp lệ", "has an invalid length")),
            Map.entry("Min", new Wording("phải lớn hơn hoặc bằng {0}", "must be at least {0}")),
            Map.entry("Max", new Wording("phải nhỏ hơn hoặc bằng {0}", "must be at most {0}")),
            Map.entry("PositiveOrZero", new Wording("không được âm", "must not be negative")),
            Map.entry("Positive", new Wording("phải lớn hơn 0", "must be greater than 0")),
            Map.entry("PastOrPresent", new Wording("không được ở tương lai", "must not be in the future")),
            Map.entry("Past", new Wording("phải ở quá khứ", "must be in the past")),
            Map.entry("Type", new Wording("sai kiểu dữ liệu, cần: {0}", "has the wrong type, expected: {0}")),
            Map.entry("Unknown", new Wording("không hợp lệ", "is invalid")));

    private ConstraintMessages() {
    }

    public static Wording of(String rule, Object argument) {
        Wording wording = WORDING.getOrDefault(rule, WORDING.get("Unknown"));
        String value = argument == null ? "" : argument.toString();
        return new Wording(wording.vi().replace("{0}", value), wording.en().replace("{0}", value));
    }
}
