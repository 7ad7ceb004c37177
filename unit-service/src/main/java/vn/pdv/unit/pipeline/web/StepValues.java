package vn.pdv.unit.pipeline.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import vn.pdv.common.ui.Violation;
import vn.pdv.unit.organisation.UnitCode;

/**
 * A submitted step form read field by field, as its {@link StepForm} describes them: days typed {@code dd/MM/yyyy}
 * (or ISO), counts in digits, choices among the enum's constants, a unit code, a ticked box. What cannot be read, is
 * missing or lies in the future becomes a {@link Violation} at its field, in the reader's language, and the step is
 * not tried; the Party's rules are the domain's to check after.
 */
final class StepValues {

    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern ID_CARD = Pattern.compile("\\d{9}|\\d{12}");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 .-]{8,15}");
    private static final Pattern UNIT = Pattern.compile(UnitCode.PATTERN);

    private final Map<String, String> typed;
    private final Map<String, Object> read = new HashMap<>();
    private final List<Violation> problems = new ArrayList<>();

    private StepValues(Map<String, String> typed) {
        this.typed = typed;
    }

    /** The form as typed, each field read or its problem noted. */
    static StepValues read(StepForm form, Map<String, String> typed, LocalDate today, MessageSource messages,
                           Locale locale) {
        StepValues values = new StepValues(typed);
        for (StepForm.Field field : form.fields()) {
            values.readField(field, today, messages, locale);
        }
        return values;
    }

    /** An empty form, or one with the defaults a page fills in. */
    static StepValues blank(Map<String, String> defaults) {
        return new StepValues(defaults);
    }

    private void readField(StepForm.Field field, LocalDate today, MessageSource messages, Locale locale) {
        String text = typed.getOrDefault(field.name(), "").strip();
        String label = messages.getMessage("form.field." + field.name(), null, field.name(), locale);
        if (field.kind() == StepForm.Field.Kind.FLAG) {
            read.put(field.name(), "true".equals(text) || "on".equals(text));
            return;
        }
        if (text.isEmpty()) {
            if (field.required()) {
                refuse(field, field.input().equals("select") ? "form.error.choose" : "form.error.required", label,
                        messages, locale);
            }
            return;
        }
        switch (field.kind()) {
            case DATE -> {
                LocalDate day = day(text);
                if (day == null) {
                    refuse(field, "form.error.date", label, messages, locale);
                } else if (day.isAfter(today)) {
                    refuse(field, "form.error.future", label, messages, locale);
                } else {
                    read.put(field.name(), day);
                }
            }
            case COUNT -> {
                if (!text.matches("\\d{1,6}")) {
                    refuse(field, "form.error.count", label, messages, locale);
                } else {
                    read.put(field.name(), Integer.parseInt(text));
                }
            }
            case CHOICE -> {
                Object constant = java.util.Arrays.stream(field.choices().getEnumConstants())
                        .filter(c -> c.name().equals(text)).findFirst().orElse(null);
                if (constant == null) {
                    refuse(field, "form.error.choose", label, messages, locale);
                } else {
                    read.put(field.name(), constant);
                }
            }
            case UNIT, BRANCH -> {
                if (!UNIT.matcher(text).matches()) {
                    refuse(field, "form.error.unit", label, messages, locale);
                } else {
                    read.put(field.name(), new UnitCode(text));
                }
            }
            case ID_CARD -> check(field, text, ID_CARD, "form.error.id-card", label, messages, locale);
            case PHONE -> check(field, text, PHONE, "form.error.phone", label, messages, locale);
            default -> {
                if (text.length() > 200) {
                    refuse(field, "form.error.long", label, messages, locale);
                } else {
                    read.put(field.name(), text);
                }
            }
        }
    }

    private void check(StepForm.Field field, String text, Pattern pattern, String key, String label,
                       MessageSource messages, Locale locale) {
        if (pattern.matcher(text).matches()) {
            read.put(field.name(), text);
        } else {
            refuse(field, key, label, messages, locale);
        }
    }

    private void refuse(StepForm.Field field, String key, String label, MessageSource messages, Locale locale) {
        problems.add(new Violation(field.name(), messages.getMessage(key, new Object[] {label}, locale),
                messages.getMessage(key + ".fix", new Object[] {label}, null, locale)));
    }

    private static LocalDate day(String text) {
        for (DateTimeFormatter format : List.of(TYPED, DateTimeFormatter.ISO_LOCAL_DATE)) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException notThisWay) {
                // try the next way of writing a day
            }
        }
        return null;
    }

    List<Violation> problems() {
        return problems;
    }

    /** What the form shows again: as typed. */
    Map<String, String> typed() {
        return typed;
    }

    LocalDate date(String name) {
        return (LocalDate) read.get(name);
    }

    int count(String name) {
        return (Integer) read.get(name);
    }

    String text(String name) {
        return (String) read.get(name);
    }

    boolean flag(String name) {
        return Boolean.TRUE.equals(read.get(name));
    }

    UnitCode unit(String name) {
        return (UnitCode) read.get(name);
    }

    <E extends Enum<E>> E choice(String name, Class<E> type) {
        return type.cast(read.get(name));
    }
}
