package vn.pdv.common.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;
import org.springframework.context.MessageSource;
import org.springframework.validation.BindingResult;

/**
 * What is wrong with a submitted form, as the GOV.UK pattern shows it: every problem in the error summary at the top,
 * each linking to its field, and the same message at the field. Made from a Spring {@link BindingResult} (Bean
 * Validation and type errors, words from the message bundles) and from {@link Violation}s (the Party rules a service
 * refused the step by), or both joined with {@link #and}. Drawn by {@code layout/forms :: error-summary(errors)} and
 * {@code layout/forms :: text-input(...)}.
 */
public final class FormErrors {

    /**
     * One problem.
     *
     * @param field   the field at fault, or null for the form as a whole
     * @param id       the HTML id of the field's input, which the summary links to ({@link #idOf})
     * @param rejected what the person typed, when binding refused it (shown again, as GOV.UK asks); else null
     */
    public record Entry(String field, String id, String message, String fix, Object rejected) {
    }

    private static final FormErrors NONE = new FormErrors(List.of());

    private final List<Entry> entries;

    private FormErrors(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    public static FormErrors none() {
        return NONE;
    }

    /** The binding's errors, field errors first in the order they were found, with words resolved in {@code locale}. */
    public static FormErrors of(BindingResult binding, MessageSource messages, Locale locale) {
        List<Entry> entries = new ArrayList<>();
        binding.getGlobalErrors().forEach(error -> entries.add(new Entry(null, null,
                messages.getMessage(error, locale), null, null)));
        binding.getFieldErrors().forEach(error -> entries.add(new Entry(error.getField(), idOf(error.getField()),
                messages.getMessage(error, locale), null, error.getRejectedValue())));
        entries.sort(Comparator.comparing(entry -> entry.field() != null));
        return new FormErrors(entries);
    }

    public static FormErrors of(List<Violation> violations) {
        return new FormErrors(violations.stream()
                .map(v -> new Entry(v.field(), v.field() == null ? null : idOf(v.field()), v.message(), v.fix(), null))
                .toList());
    }

    /** The input id a field's name gives, as the form fragments make it: {@code decision.number} is {@code decision-number}. */
    public static String idOf(String field) {
        return field.replace('.', '-');
    }

    public FormErrors and(FormErrors other) {
        return new FormErrors(Stream.concat(entries.stream(), other.entries.stream()).toList());
    }

    /**
     * The same problems in the order the form asks its fields, as the summary should list them; problems of the form
     * as a whole come first, fields not named keep their place after those named.
     */
    public FormErrors inFormOrder(List<String> fields) {
        Comparator<Entry> order = Comparator.comparingInt(entry -> {
            if (entry.field() == null) {
                return -1;
            }
            int at = fields.indexOf(entry.field());
            return at < 0 ? fields.size() : at;
        });
        return new FormErrors(entries.stream().sorted(order).toList());
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    public List<Entry> all() {
        return entries;
    }

    public boolean has(String field) {
        return entries.stream().anyMatch(entry -> field.equals(entry.field()));
    }

    public List<Entry> at(String field) {
        return entries.stream().filter(entry -> field.equals(entry.field())).toList();
    }

    /** What a field shows: what the person typed if binding refused it, else {@code value}. */
    public Object shown(String field, Object value) {
        return at(field).stream().map(Entry::rejected).filter(Objects::nonNull).findFirst().orElse(value);
    }
}
