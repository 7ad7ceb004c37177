package vn.pdv.unit.pipeline.web;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import vn.pdv.common.ui.Fmt;
import vn.pdv.unit.decision.ActorId;
import vn.pdv.unit.organisation.UnitCode;
import vn.pdv.unit.pipeline.RecordedStep;
import vn.pdv.unit.pipeline.Stage;
import vn.pdv.unit.pipeline.rules.MemberRef;

/**
 * A candidate's history as the candidate's page lists it: each step's name, its day, who recorded it and everything
 * the step recorded, labelled in the reader's language ({@code field.<component>}, {@code enum.<Type>.<CONSTANT>}).
 * Read from the events' record components, so a field added to an event shows without a change here.
 */
final class StepDetails {

    /** Said by every step or by the page already. */
    private static final Set<String> LEFT_OUT = Set.of("candidate", "branch", "attributes", "findings");

    /**
     * @param recordedBy the account's name as it signed in, or its pseudonymous id when never seen on a page
     * @param findings   what each rule the step broke but the committee records says, in the reader's language
     */
    record Entry(String step, LocalDate on, String recordedBy, List<Detail> details, List<String> findings) {
    }

    record Detail(String label, String value) {
    }

    private StepDetails() {
    }

    static List<Entry> of(List<RecordedStep> history, Map<ActorId, String> names, MessageSource messages, Fmt fmt,
                          Locale locale) {
        return history.stream().map(step -> new Entry(
                messages.getMessage("event." + step.event().getClass().getSimpleName(), null,
                        step.event().getClass().getSimpleName(), locale),
                step.event().occurredOn(),
                step.recordedBy() == null ? null : names.getOrDefault(step.recordedBy(), step.recordedBy().value()),
                details((Record) step.event(), messages, fmt, locale),
                step.event().findings().stream().map(finding -> "vi".equals(locale.getLanguage())
                        ? finding.message().vi() : finding.message().en()).toList())).toList();
    }

    private static List<Detail> details(Record event, MessageSource messages, Fmt fmt, Locale locale) {
        List<Detail> details = new ArrayList<>();
        for (RecordComponent component : event.getClass().getRecordComponents()) {
            if (LEFT_OUT.contains(component.getName())) {
                continue;
            }
            Object value = valueOf(event, component);
            if (value instanceof Record nested && !(value instanceof UnitCode) && !(value instanceof MemberRef)) {
                details.addAll(details(nested, messages, fmt, locale));
            } else if (value != null) {
                details.add(new Detail(messages.getMessage("field." + component.getName(), null, component.getName(), locale),
                        words(value, messages, fmt, locale)));
            }
        }
        return details;
    }

    private static String words(Object value, MessageSource messages, Fmt fmt, Locale locale) {
        return switch (value) {
            case LocalDate day -> fmt.date(day);
            case Boolean yes -> messages.getMessage(yes ? "answer.yes" : "answer.no", null, locale);
            case Number number -> fmt.number(number);
            case UnitCode code -> code.value();
            case MemberRef member -> member.value();
            case Stage stage -> messages.getMessage("stage." + stage.name(), null, stage.name(), locale);
            case Enum<?> constant -> messages.getMessage("enum." + constant.getDeclaringClass().getSimpleName() + "."
                    + constant.name(), null, constant.name(), locale);
            case Collection<?> many -> many.stream().map(one -> words(one, messages, fmt, locale))
                    .collect(Collectors.joining(", "));
            default -> value.toString();
        };
    }

    private static Object valueOf(Record event, RecordComponent component) {
        try {
            return component.getAccessor().invoke(event);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + component.getName() + " of " + event.getClass(), e);
        }
    }
}
