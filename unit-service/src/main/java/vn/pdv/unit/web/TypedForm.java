package vn.pdv.unit.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import vn.pdv.common.ui.PageLocales;
import vn.pdv.common.ui.Violation;
import vn.pdv.unit.decision.RuleViolation;

/**
 * A workspace form as typed, read field by field the way the step forms read theirs: a missing field, a day that is not
 * one ({@code dd/MM/yyyy} or ISO) or lies ahead, a choice not among the offered, a text too long each become a
 * {@link Violation} at the field in the reader's language ({@code form.error.*} with the field's label
 * {@code form.field.<name>}), and the value reads as null. For the forms outside the pipeline's steps (reviews, classes).
 */
public final class TypedForm {

    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private final Map<String, String> typed;
    private final MessageSource messages;
    private final Locale locale;
    private final List<Violation> problems = new ArrayList<>();

    public TypedForm(Map<String, String> typed, MessageSource messages, Locale locale) {
        this.typed = typed;
        this.messages = messages;
        this.locale = locale;
    }

    /** A text that must be there, at most {@code most} characters. */
    public String text(String field, int most) {
        return text(field, label(field), most);
    }

    /**
     * As {@link #text(String, int)}, its messages naming it {@code label}: for a field a form repeats per row, such as
     * each attendee's certificate number, whose messages say whose it is.
     */
    public String text(String field, String label, int most) {
        String text = typed.getOrDefault(field, "").strip();
        if (text.isEmpty()) {
            return problem(field, label, "form.error.required");
        }
        return text.length() > most ? problem(field, label, "form.error.long") : text;
    }

    /** A text that may be left empty (then ""), at most {@code most} characters. */
    public String optionalText(String field, int most) {
        String text = typed.getOrDefault(field, "").strip();
        return text.length() > most ? problem(field, "form.error.long") : text;
    }

    /** A choice from a drop-down, turned into its value; a missing or unknown choice is a problem. */
    public <T> T choice(String field, Function<String, T> read) {
        String text = typed.getOrDefault(field, "").strip();
        if (text.isEmpty()) {
            return problem(field, "form.error.choose");
        }
        try {
            return read.apply(text);
        } catch (IllegalArgumentException notOffered) {
            return problem(field, "form.error.choose");
        }
    }

    /** A day, not after {@code latest} when that is given. */
    public LocalDate day(String field, LocalDate latest) {
        String text = typed.getOrDefault(field, "").strip();
        if (text.isEmpty()) {
            return problem(field, "form.error.required");
        }
        return dayOf(field, text, latest);
    }

    /** A day that may be left empty (then null), not after {@code latest} when that is given. */
    public LocalDate optionalDay(String field, LocalDate latest) {
        String text = typed.getOrDefault(field, "").strip();
        return text.isEmpty() ? null : dayOf(field, text, latest);
    }

    private LocalDate dayOf(String field, String text, LocalDate latest) {
        for (DateTimeFormatter format : List.of(TYPED, DateTimeFormatter.ISO_LOCAL_DATE)) {
            try {
                LocalDate day = LocalDate.parse(text, format);
                return latest != null && day.isAfter(latest) ? problem(field, "form.error.future") : day;
            } catch (DateTimeParseException notThisWay) {
                // try the next way of writing a day
            }
        }
        return problem(field, "form.error.date");
    }

    /** The rules a decision broke, each at its field when the form has it (else at the top only), in the reader's language. */
    public static List<Violation> refusal(List<RuleViolation> violations, List<String> fields, Locale locale) {
        boolean english = PageLocales.supported(locale).equals(PageLocales.ENGLISH);
        return violations.stream().map(v -> new Violation(fields.contains(v.field()) ? v.field() : null,
                english ? v.message().en() : v.message().vi(), english ? v.fix().en() : v.fix().vi())).toList();
    }

    public List<Violation> problems() {
        return problems;
    }

    private <T> T problem(String field, String key) {
        return problem(field, label(field), key);
    }

    private String label(String field) {
        return messages.getMessage("form.field." + field, null, field, locale);
    }

    private <T> T problem(String field, String label, String key) {
        problems.add(new Violation(field, messages.getMessage(key, new Object[] {label}, locale),
                messages.getMessage(key + ".fix", new Object[] {label}, null, locale)));
        return null;
    }
}
