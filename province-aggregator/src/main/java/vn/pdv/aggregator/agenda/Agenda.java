package vn.pdv.aggregator.agenda;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import vn.pdv.aggregator.hierarchy.UnitCode;

/**
 * The matters awaiting a committee's decision on a day: the overdue ones first (the longest overdue first), then the
 * rest by deadline, earliest first.
 */
public record Agenda(UnitCode committee, LocalDate on, List<AgendaItem> items) {

    private static final Comparator<AgendaItem> ORDER = Comparator
            .comparing(AgendaItem::daysOverdue, Comparator.reverseOrder())
            .thenComparing(AgendaItem::dueBy)
            .thenComparing(AgendaItem::reachedOn)
            .thenComparing(AgendaItem::candidateId);

    public Agenda {
        items = items.stream().sorted(ORDER).toList();
    }

    public long overdue() {
        return items.stream().filter(AgendaItem::overdue).count();
    }
}
