package vn.pdv.aggregator.agenda;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import vn.pdv.common.workingdays.WorkingDayCalendar;
import vn.pdv.common.workingdays.WorkingDays;

/**
 * When a committee must decide, counted as the unit service counts it ({@code DeadlineRules}): the Nth working day
 * after the branch's resolution, with the same {@link WorkingDayCalendar}. DOMAIN.md: an admission within 60 working
 * days (+30), a recognition within 30 (+30).
 *
 * <p>Known limit: a committee that set other figures locally ({@code pdv.rules.*} at its unit service) is judged here on
 * the province's figures ({@code pdv.agenda.*}).
 *
 * @param admission           working days from the branch's resolution to the admission decision
 * @param admissionExtension  the extension the committee may record
 * @param recognition         working days from the branch's recognition vote to the decision
 * @param recognitionExtension the extension the committee may record
 */
public record DecisionDeadlines(WorkingDayCalendar calendar, WorkingDays admission, WorkingDays admissionExtension,
                                WorkingDays recognition, WorkingDays recognitionExtension) {

    /** The figures of DOMAIN.md. */
    public static DecisionDeadlines standard(WorkingDayCalendar calendar) {
        return new DecisionDeadlines(calendar, WorkingDays.of(60), WorkingDays.of(30), WorkingDays.of(30),
                WorkingDays.of(30));
    }

    /**
     * @throws vn.pdv.common.workingdays.HolidaysNotCoveredException when the count runs through a year the holiday
     *                                                                data does not cover
     */
    public AgendaItem judge(Awaiting awaiting, LocalDate on) {
        WorkingDays limit = awaiting.matter() == Matter.ADMISSION ? admission : recognition;
        WorkingDays extension = awaiting.matter() == Matter.ADMISSION ? admissionExtension : recognitionExtension;
        LocalDate dueBy = calendar.addWorkingDays(awaiting.runsFrom(), limit);
        LocalDate extended = calendar.addWorkingDays(awaiting.runsFrom(), limit.plus(extension));
        boolean overdue = on.isAfter(dueBy);
        return new AgendaItem(awaiting.candidateId(), awaiting.branch(), awaiting.matter(), awaiting.reachedOn(), dueBy,
                extended, overdue, overdue ? ChronoUnit.DAYS.between(dueBy, on) : 0,
                overdue ? calendar.workingDaysBetween(dueBy, on) : 0);
    }
}
