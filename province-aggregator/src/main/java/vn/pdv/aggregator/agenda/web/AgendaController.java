package vn.pdv.aggregator.agenda.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.pdv.aggregator.agenda.Agenda;
import vn.pdv.aggregator.agenda.AgendaItem;
import vn.pdv.aggregator.agenda.application.AgendaBook;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.hierarchy.UnknownUnit;
import vn.pdv.aggregator.web.ProvinceAccess;
import vn.pdv.common.security.Caller;

/**
 * {@code GET /api/agenda/{committee}?on=YYYY-MM-DD}: the proposals awaiting the committee's decision on the day (today
 * in Vietnam by default), overdue first, each by pseudonymous candidate id with its branch, what is to be decided, the
 * day it reached the committee, the deadline (and the deadline with the extension the rules allow) and, when overdue,
 * by how many days and working days. Read with the caller's reach on that day, like every unit's figures.
 */
@RestController
class AgendaController {

    private final AgendaBook book;
    private final ProvinceAccess access;
    private final Clock clock;

    AgendaController(AgendaBook book, ProvinceAccess access, Clock clock) {
        this.book = book;
        this.access = access;
        this.clock = clock;
    }

    record AgendaView(String committee, LocalDate on, int awaiting, long overdue, List<Item> items) {
    }

    record Item(String candidateId, String branch, String matter, LocalDate reachedOn, LocalDate dueBy,
                LocalDate dueByIfExtended, boolean overdue, long daysOverdue, int workingDaysOverdue) {

        static Item of(AgendaItem item) {
            return new Item(item.candidateId(), item.branch().value(), item.matter().name(), item.reachedOn(),
                    item.dueBy(), item.dueByIfExtended(), item.overdue(), item.daysOverdue(),
                    item.workingDaysOverdue());
        }
    }

    @GetMapping("/api/agenda/{committee}")
    @PreAuthorize("@provinceAccess.toRead(#caller, #committee, #on)")
    AgendaView agenda(Caller caller, @PathVariable UnitCode committee, @RequestParam(required = false) LocalDate on) {
        LocalDate day = on != null ? on : LocalDate.now(clock);
        Agenda agenda = book.of(committee, day, access.reachOf(caller, day))
                .orElseThrow(() -> new UnknownUnit(committee));
        return new AgendaView(committee.value(), day, agenda.items().size(), agenda.overdue(),
                agenda.items().stream().map(Item::of).toList());
    }
}
