package vn.pdv.unit.quota.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.pdv.common.security.Caller;
import vn.pdv.common.ui.Crumb;
import vn.pdv.unit.CommitteeProperties;
import vn.pdv.unit.organisation.Reach;
import vn.pdv.unit.organisation.Unit;
import vn.pdv.unit.organisation.UnitCode;
import vn.pdv.unit.outbox.EventLog;
import vn.pdv.unit.outbox.LoggedEvent;
import vn.pdv.unit.outbox.UnitEvent;
import vn.pdv.unit.pipeline.Candidate;
import vn.pdv.unit.pipeline.application.CandidateDirectory;
import vn.pdv.unit.quota.QuotaAssigned;
import vn.pdv.unit.web.CommitteeAccess;
import vn.pdv.unit.web.WorkspacePage;

/**
 * The quotas the committee assigned at {@code /quotas}: the latest assignment for each organisation, period and metric
 * as the committee's own log holds it, and the progress against it from the committee's own candidates (admitted, or
 * identified as sources, within the period). A branch's account sees its branch's quotas.
 *
 * <p>Known limit: the log is read whole on each visit, which a committee's few thousand events allow.
 */
@Controller
@WorkspacePage
class QuotaPages {

    private final EventLog log;
    private final CandidateDirectory directory;
    private final CommitteeAccess access;
    private final UnitCode committee;
    private final Clock clock;

    QuotaPages(EventLog log, CandidateDirectory directory, CommitteeAccess access, CommitteeProperties committee,
               Clock clock) {
        this.clock = clock;
        this.log = log;
        this.directory = directory;
        this.access = access;
        this.committee = new UnitCode(committee.code());
    }

    /**
     * One quota with its progress.
     *
     * @param done   candidates of the organisation (all of them for the committee) counted in the period
     * @param points {@code done} as per cent of {@code quota}; null for a quota of zero
     */
    record Line(String unitName, QuotaAssigned quota, LocalDate from, LocalDate until, long done, Double points) {
    }

    @GetMapping("/quotas")
    @PreAuthorize("@committeeAccess.toRead(#caller)")
    String quotas(Caller caller, Model model) {
        Reach reach = access.reachOf(caller);
        Map<UnitCode, Unit> units = directory.unitsIn(Reach.wholeCommittee());
        Map<String, QuotaAssigned> latest = new LinkedHashMap<>();
        long last = log.lastSequence(committee);
        for (LoggedEvent logged : last == 0 ? List.<LoggedEvent>of() : log.between(committee, 1, last)) {
            if (logged.payload() instanceof UnitEvent.QuotaChange(QuotaAssigned quota) && reach.covers(quota.target())) {
                latest.put(quota.target().value() + "|" + quota.period() + "|" + quota.metric(), quota);
            }
        }
        List<Candidate> candidates = directory.rows(reach, LocalDate.now(clock), false).stream()
                .map(CandidateDirectory.Row::candidate).toList();
        List<Line> lines = latest.values().stream().map(quota -> line(quota, units, candidates))
                .sorted(Comparator.comparing((Line line) -> line.quota().period().year())
                        .thenComparing(Line::unitName).thenComparing(line -> line.quota().metric()))
                .toList();
        model.addAttribute("lines", lines);
        model.addAttribute("trail", List.of(Crumb.message("nav.home", "/"), Crumb.message("quotas.title", null)));
        return "workspace/quotas";
    }

    private Line line(QuotaAssigned quota, Map<UnitCode, Unit> units, List<Candidate> candidates) {
        LocalDate from = start(quota.period());
        LocalDate until = end(quota.period());
        long done = candidates.stream()
                .filter(candidate -> quota.target().equals(committee) || candidate.branch().equals(quota.target()))
                .map(candidate -> quota.metric() == QuotaAssigned.QuotaMetric.ADMISSIONS ? candidate.admittedOn()
                        : Optional.ofNullable(candidate.identifiedOn()))
                .flatMap(Optional::stream)
                .filter(day -> !day.isBefore(from) && !day.isAfter(until))
                .count();
        return new Line(Optional.ofNullable(units.get(quota.target())).map(Unit::name).orElse(quota.target().value()),
                quota, from, until, done, quota.quota() == 0 ? null : done * 100.0 / quota.quota());
    }

    private static LocalDate start(QuotaAssigned.QuotaPeriod period) {
        return switch (period.kind()) {
            case YEAR, TERM -> LocalDate.of(period.year(), 1, 1);
            case HALF_YEAR -> LocalDate.of(period.year(), period.part() == 2 ? 7 : 1, 1);
            case QUARTER -> LocalDate.of(period.year(), (period.part() - 1) * 3 + 1, 1);
        };
    }

    private static LocalDate end(QuotaAssigned.QuotaPeriod period) {
        return switch (period.kind()) {
            case YEAR -> LocalDate.of(period.year(), 12, 31);
            case TERM -> LocalDate.of(period.endYear() == null ? period.year() : period.endYear(), 12, 31);
            case HALF_YEAR -> start(period).plusMonths(6).minusDays(1);
            case QUARTER -> start(period).plusMonths(3).minusDays(1);
        };
    }
}
