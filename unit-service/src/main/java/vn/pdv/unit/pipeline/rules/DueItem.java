package vn.pdv.unit.pipeline.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;
import vn.pdv.unit.decision.Bilingual;

/** Something that must happen for a candidate by a date (inclusive), for the committee's due and overdue lists. */
public record DueItem(Kind kind, LocalDate dueBy, Bilingual description) {

    public enum Kind {
        /** The branch must consider the candidate while the awareness-class certificate is valid. */
        CONSIDER_BEFORE_CERTIFICATE_EXPIRES,
        /** The branch must consider the dossier before it goes stale. */
        CONSIDER_BEFORE_DOSSIER_STALE,
        ADMISSION_DECISION,
        ADMISSION_CEREMONY,
        RECOGNITION_CONSIDERATION,
        RECOGNITION_DECISION
    }

    public enum Urgency {
        OVERDUE,
        /** Due between today and the coming Sunday. */
        DUE_THIS_WEEK,
        LATER
    }

    public DueItem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(dueBy, "dueBy");
        Objects.requireNonNull(description, "description");
    }

    public Urgency urgencyOn(LocalDate today) {
        return urgencyOf(dueBy, today);
    }

    /** How pressing something due by {@code dueBy} (inclusive) is on {@code today}: the one reading of every list's dates. */
    public static Urgency urgencyOf(LocalDate dueBy, LocalDate today) {
        if (today.isAfter(dueBy)) {
            return Urgency.OVERDUE;
        }
        LocalDate endOfWeek = today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        return dueBy.isAfter(endOfWeek) ? Urgency.LATER : Urgency.DUE_THIS_WEEK;
    }
}
