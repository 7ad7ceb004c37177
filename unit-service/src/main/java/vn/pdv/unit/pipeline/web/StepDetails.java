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
import vn.pdv.unit.pipeline.CandidateAttributesUpdated;
import vn.pdv.unit.pipeline.CandidateEvent;
import vn.pdv.unit.pipeline.CandidateTransferredIn;
import vn.pdv.unit.pipeline.RecordedStep;
import vn.pdv.unit.pipeline.Stage;
import vn.pdv.unit.pipeline.StepRevision;
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
     * @param number     the step's place in the history, from 1, as the correction's address names it
     * @param recordedBy the account's name as it signed in, or its pseudonymous id when never seen on a page
     * @param findings   what each rule the step broke but the committee records says, in the reader's language
     * @param revisions  its corrections and void, oldest first, each in a sentence: when, who, what changed, why
     * @param revisable  a step a clerk may correct: not an attributes update (a later update replaces it) nor a
     *                   transfer in (the sending committee's record)
     * @param voidable   the latest step that counts, revisable, and not the source: the one a clerk may void
     */
    record Entry(int number, String step, LocalDate on, String recordedBy, List<Detail> details, List<String> findings,
                 boolean voided, List<String> revisions, boolean revisable, boolean voidable) {
    }

    record Detail(String label, String value) {
    }

    private StepDetails() {
    }

    static List<Entry> of(List<RecordedStep> history, Map<ActorId, String> names, MessageSource messages, Fmt fmt,
                          Locale locale) {
        int latest = -1;
        for (int i = 0; i < history.size(); i++) {
            latest = history.get(i).voided() ? latest : i;
        }
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < history.size(); i++) {
            RecordedStep step = history.get(i);
            boolean revisable = !(step.event() instanceof CandidateAttributesUpdated
                    || step.event() instanceof CandidateTransferredIn);
            entries.add(new Entry(i + 1,
                    name(step.event(), messages, locale),
                    step.event().occurredOn(),
                    step.recordedBy() == null ? null : names.getOrDefault(step.recordedBy(), step.recordedBy().value()),
                    details((Record) step.event(), messages, fmt, locale),
                    step.event().findings().stream().map(finding -> "vi".equals(locale.getLanguage())
                            ? finding.message().vi() : finding.message().en()).toList(),
                    step.voided(),
                    step.revisions().stream().map(revision -> sentence(revision, names, messages, fmt, locale)).toList(),
                    revisable, revisable && i == latest && i > 0));
        }
        return entries;
    }

    /** The step's name; a transfer in says from where and at which stage ("Chuyển đến từ … (giai đoạn …)"). */
    private static String name(CandidateEvent event, MessageSource messages, Locale locale) {
        Object[] arguments = event instanceof CandidateTransferredIn transfer ? new Object[] {
                transfer.fromCommittee().value(),
                messages.getMessage("stage." + transfer.stage().name(), null, transfer.stage().name(), locale)} : null;
        return messages.getMessage("event." + event.getClass().getSimpleName(), arguments,
                event.getClass().getSimpleName(), locale);
    }

    /** Who revised the steps, for their names. */
    static List<ActorId> revisers(List<RecordedStep> history) {
        return history.stream().flatMap(step -> step.revisions().stream()).map(StepRevision::by)
                .filter(java.util.Objects::nonNull).toList();
    }

    private static String sentence(StepRevision revision, Map<ActorId, String> names, MessageSource messages, Fmt fmt,
                                   Locale locale) {
        String by = revision.by() == null ? "–" : names.getOrDefault(revision.by(), revision.by().value());
        return switch (revision) {
            case StepRevision.Corrected corrected -> messages.getMessage("revision.corrected", new Object[] {
                    fmt.dateTime(corrected.at()), by, corrected.changes().stream().map(change -> messages.getMessage(
                            "revision.change", new Object[] {
                                    messages.getMessage("form.field." + change.field(), null, change.field(), locale),
                                    shown(change.from(), fmt), shown(change.to(), fmt)}, locale))
                            .collect(Collectors.joining("; ")),
                    corrected.reason()}, locale);
            case StepRevision.Voided voided -> messages.getMessage("revision.voided",
                    new Object[] {fmt.dateTime(voided.at()), by, voided.reason()}, locale);
        };
    }

    /** A changed value as the page shows it: a day in the reader's format, anything else as it is. */
    private static String shown(String value, Fmt fmt) {
        if (value == null) {
            return "–";
        }
        try {
            return fmt.date(LocalDate.parse(value));
        } catch (java.time.format.DateTimeParseException notADay) {
            return value;
        }
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
