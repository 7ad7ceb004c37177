package vn.pdv.unit.pipeline.rules;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import vn.pdv.unit.decision.RuleViolation;

/** Formatting shared by the rules' messages, so every refusal writes dates and values the same way. */
public final class Facts {

    private static final DateTimeFormatter VI = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Facts() {
    }

    /** Alternating names and values, kept in the order given; dates become ISO-8601. */
    static Map<String, String> values(Object... namesAndValues) {
        return RuleViolation.values(namesAndValues);
    }

    public static String vi(LocalDate date) {
        return VI.format(date);
    }

    public static String en(LocalDate date) {
        return date.toString();
    }
}
