package vn.pdv.aggregator.agenda;

import java.time.LocalDate;
import vn.pdv.aggregator.hierarchy.UnitCode;

/**
 * One matter on a committee's agenda as judged on a day.
 *
 * @param dueBy              the last day to decide in time (the decision on that day is in time)
 * @param dueByIfExtended    the last day if the committee records the extension the rules allow (+30 working days);
 *                           an extension is known only once the decision is recorded, so overdue is judged on
 *                           {@code dueBy}
 * @param overdue            the day judged is after {@code dueBy}: a decision taken that day would be late
 * @param daysOverdue        calendar days from {@code dueBy} to the day judged; 0 when not overdue
 * @param workingDaysOverdue working days from {@code dueBy} to the day judged (0 on the weekend right after a Friday
 *                           deadline, which is overdue all the same); 0 when not overdue
 */
public record AgendaItem(String candidateId, UnitCode branch, Matter matter, LocalDate reachedOn, LocalDate dueBy,
                         LocalDate dueByIfExtended, boolean overdue, long daysOverdue, int workingDaysOverdue) {
}
