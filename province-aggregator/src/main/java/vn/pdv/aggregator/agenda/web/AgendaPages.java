package vn.pdv.aggregator.agenda.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.pdv.aggregator.agenda.Agenda;
import vn.pdv.aggregator.agenda.AgendaItem;
import vn.pdv.aggregator.agenda.application.AgendaBook;
import vn.pdv.aggregator.hierarchy.Hierarchy;
import vn.pdv.aggregator.hierarchy.Unit;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.hierarchy.UnknownUnit;
import vn.pdv.aggregator.web.ProvinceAccess;
import vn.pdv.aggregator.web.ProvincePage;
import vn.pdv.common.security.Caller;
import vn.pdv.common.ui.Crumb;

/**
 * The agenda page at {@code /units/{code}/agenda?on=2026-04-06}, linked from the committee's unit page with the day
 * that page shows: "Hồ sơ chờ cấp ủy quyết định", the overdue first and marked in words, from {@link AgendaBook} as
 * the API answers it, with the same access.
 */
@Controller
@ProvincePage
class AgendaPages {

    private final AgendaBook book;
    private final Hierarchy hierarchy;
    private final ProvinceAccess access;
    private final Clock clock;

    AgendaPages(AgendaBook book, Hierarchy hierarchy, ProvinceAccess access, Clock clock) {
        this.book = book;
        this.hierarchy = hierarchy;
        this.access = access;
        this.clock = clock;
    }

    /** One row as the page shows it: the item and its branch's name on the day. */
    record Row(AgendaItem item, String branchName) {
    }

    @GetMapping("/units/{code}/agenda")
    @PreAuthorize("@provinceAccess.toRead(#caller, #code, #on)")
    String agenda(Caller caller, @PathVariable UnitCode code, @RequestParam(required = false) LocalDate on,
                  Model model) {
        LocalDate day = on != null ? on : LocalDate.now(clock);
        Agenda agenda = book.of(code, day, access.reachOf(caller, day)).orElseThrow(() -> new UnknownUnit(code));
        var tree = hierarchy.tree();
        Unit committee = tree.on(code, day).orElseThrow(() -> new UnknownUnit(code));
        Map<UnitCode, String> names = new HashMap<>();
        List<Row> rows = agenda.items().stream().map(item -> new Row(item, names.computeIfAbsent(item.branch(),
                branch -> tree.on(branch, day).map(Unit::name).orElse(branch.value())))).toList();
        String unitPage = "/units/" + code.value() + "?on=" + day;
        model.addAttribute("committee", committee);
        model.addAttribute("agenda", agenda);
        model.addAttribute("rows", rows);
        model.addAttribute("deadlines", book.deadlines());
        model.addAttribute("unitPage", unitPage);
        model.addAttribute("trail", List.of(Crumb.message("nav.home", "/"), Crumb.named(committee.name(), unitPage),
                Crumb.message("agenda.title", null)));
        return "agenda/agenda";
    }
}
