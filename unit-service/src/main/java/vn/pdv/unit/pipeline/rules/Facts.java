package vn.pdv.unit.pipeline.rules;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/** Formatting shared by the rules' messages, so every refusal writes dates and values the same way. */
final class Facts {

    private static final DateTimeFormatter VI = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Facts() {
    }

    /** Alternating names and values, kept in the order given; dates become ISO-8601. */
    static Map<String, String> values(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values must come in pairs");
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            values.put((String) namesAndValues[i], String.valueOf(namesAndValues[i + 1]));
        }
        return values;
    }

    static String vi(LocalDate date) {
        return VI.format(date);
    }

    static String en(LocalDate date) {
        return date.toString();
    }
}
