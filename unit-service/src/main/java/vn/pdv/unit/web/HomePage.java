package vn.pdv.unit.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.pdv.common.security.Caller;
import vn.pdv.unit.CommitteeProperties;
import vn.pdv.unit.organisation.Reach;
import vn.pdv.unit.organisation.Unit;
import vn.pdv.unit.organisation.UnitCode;
import vn.pdv.unit.organisation.Units;
import vn.pdv.unit.pipeline.CandidateId;
import vn.pdv.unit.pipeline.application.CandidateDirectory;
import vn.pdv.unit.pipeline.application.Pipeline;

/**
 * The workspace's home at {@code /}: who is signed in, the committee's figures, what is overdue and what falls due
 * this week (as {@code /deadlines} lists them), the way to every page; {@code /sync} is the status line htmx fetches
 * again every few seconds, so it stays true while the page is open. An account this committee does not serve gets
 * the refusal page.
 */
@Controller
@WorkspacePage
class HomePage {

    private final Pipeline pipeline;
    private final CandidateDirectory directory;
    private final CommitteeAccess access;
    private final Units units;
    private final UnitCode committee;
    private final Clock clock;

    HomePage(Pipeline pipeline, CandidateDirectory directory, CommitteeAccess access, Units units,
             CommitteeProperties committee, Clock clock) {
        this.pipeline = pipeline;
        this.directory = directory;
        this.access = access;
        this.units = units;
        this.committee = new UnitCode(committee.code());
        this.clock = clock;
    }

    @GetMapping("/")
    @PreAuthorize("@committeeAccess.toRead(#caller)")
    String home(Caller caller, Model model, Locale locale) {
        Reach reach = access.reachOf(caller);
        LocalDate today = LocalDate.now(clock);
        boolean seesPeople = access.permits(() -> access.toReadPeople(caller));
        List<CandidateDirectory.Row> rows = directory.rows(reach, today, seesPeople);
        Map<CandidateId, CandidateDirectory.Row> byId = rows.stream()
                .collect(Collectors.toMap(CandidateDirectory.Row::id, Function.identity()));
        Pipeline.DueList due = pipeline.dueOn(today, reach);
        model.addAttribute("committeeName", units.find(committee).map(Unit::name).orElse(committee.value()));
        model.addAttribute("committeeCode", committee.value());
        model.addAttribute("callerName", caller.name());
        model.addAttribute("today", today);
        model.addAttribute("active", rows.stream().filter(row -> row.stage().isActive()).count());
        model.addAttribute("overdue", DueRow.of(due.overdue(), byId, locale));
        model.addAttribute("dueThisWeek", DueRow.of(due.dueThisWeek(), byId, locale));
        model.addAttribute("mayRecord", access.permits(() -> access.toRecordFor(caller, null)));
        return "workspace/home";
    }

    @GetMapping("/sync")
    @PreAuthorize("@committeeAccess.toRead(#caller)")
    String sync(Caller caller) {
        return "workspace/parts :: sync";
    }
}
