package vn.pdv.unit.pipeline.web;

import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import vn.pdv.common.security.Caller;
import vn.pdv.common.ui.Column;
import vn.pdv.common.ui.Crumb;
import vn.pdv.common.ui.Fmt;
import vn.pdv.common.ui.TableSort;
import vn.pdv.unit.decision.ActorId;
import vn.pdv.unit.organisation.Reach;
import vn.pdv.unit.organisation.Unit;
import vn.pdv.unit.organisation.UnitCode;
import vn.pdv.unit.pipeline.CandidateId;
import vn.pdv.unit.pipeline.RecordedStep;
import vn.pdv.unit.pipeline.Stage;
import vn.pdv.unit.pipeline.application.CandidateDirectory;
import vn.pdv.unit.pipeline.application.Pipeline;
import vn.pdv.unit.review.application.ListReviewing;
import vn.pdv.unit.staff.Staff;
import vn.pdv.unit.web.CommitteeAccess;
import vn.pdv.unit.web.DueRow;
import vn.pdv.unit.web.WorkspacePage;

/**
 * The pages that read the pipeline: the candidates ({@code /candidates}, searched by name or ID-card number, filtered
 * by branch and stage, sorted on the server), one candidate ({@code /candidates/{id}}: everything recorded, who
 * recorded each step and when, what is due next, the next steps to record), the board by stage ({@code /board}), the
 * deadlines ({@code /deadlines}) and the sympathiser list by branch ({@code /sympathisers}).
 *
 * <p>Every list is asked for with the caller's reach ({@link CommitteeAccess#reachOf}), so a branch's account sees its
 * branch only; names and ID numbers are shown within the same reach ({@link CommitteeAccess#toReadPeople}), as the
 * API's personal data is, so a branch's clerk sees and searches its own branch's people and never another's.
 */
@Controller
@WorkspacePage
class CandidatePages {

    static final List<Column> COLUMNS = List.of(
            Column.sortable("name", "candidates.name"),
            Column.sortable("branch", "candidates.branch"),
            Column.sortable("stage", "candidates.stage"),
            Column.sortable("days", "candidates.days").figures(),
            Column.sortable("next", "candidates.next"));

    private static final Collator VIETNAMESE = Collator.getInstance(Locale.forLanguageTag("vi"));
    private static final Comparator<CandidateDirectory.Row> BY_NAME = Comparator.comparing(
            (CandidateDirectory.Row row) -> row.person() == null ? row.id().value() : row.person().fullName(), VIETNAMESE);
    private static final Map<String, Comparator<? super CandidateDirectory.Row>> ORDER = Map.of(
            "name", BY_NAME,
            "branch", Comparator.comparing(CandidateDirectory.Row::branchName, VIETNAMESE).thenComparing(BY_NAME),
            "stage", Comparator.comparing(CandidateDirectory.Row::stage).thenComparing(BY_NAME),
            "days", Comparator.comparingLong(CandidateDirectory.Row::daysInStage).thenComparing(BY_NAME),
            "next", Comparator.comparing((CandidateDirectory.Row row) -> row.next().map(item -> item.dueBy()).orElse(null),
                    Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(BY_NAME));

    private final CandidateDirectory directory;
    private final Pipeline pipeline;
    private final CommitteeAccess access;
    private final Staff staff;
    private final MessageSource messages;
    private final Fmt fmt;
    private final ListReviewing reviewing;
    private final Clock clock;

    CandidatePages(CandidateDirectory directory, Pipeline pipeline, CommitteeAccess access, Staff staff,
                   MessageSource messages, Fmt fmt, ListReviewing reviewing, Clock clock) {
        this.reviewing = reviewing;
        this.fmt = fmt;
        this.directory = directory;
        this.pipeline = pipeline;
        this.access = access;
        this.staff = staff;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/candidates")
    @PreAuthorize("@committeeAccess.toRead(#caller)")
    String list(Caller caller, @RequestParam(required = false) String q, @RequestParam(required = false) String branch,
                @RequestParam(required = false) String stage, @RequestParam(required = false) String sort, Model model,
                Locale locale) {
        Reach reach = access.reachOf(caller);
        LocalDate today = LocalDate.now(clock);
        Map<UnitCode, Unit> units = directory.unitsIn(reach);
        Stage wantedStage = Arrays.stream(Stage.values()).filter(s -> s.name().equals(stage)).findFirst().orElse(null);
        UnitCode wantedBranch = units.keySet().stream().filter(code -> code.value().equals(branch)).findFirst().orElse(null);
        List<CandidateDirectory.Row> rows = directory.rows(reach, today, seesPeople(caller)).stream()
                .filter(row -> CandidateDirectory.matches(row, q))
                .filter(row -> wantedStage == null || row.stage() == wantedStage)
                .filter(row -> wantedBranch == null || row.candidate().branch().equals(wantedBranch))
                .toList();
        TableSort order = TableSort.parse(sort, COLUMNS, TableSort.ascendingBy("name"));
        model.addAttribute("rows", order.sorted(rows, ORDER));
        model.addAttribute("columns", COLUMNS);
        model.addAttribute("sort", order);
        model.addAttribute("q", q);
        model.addAttribute("branch", wantedBranch == null ? "" : wantedBranch.value());
        model.addAttribute("stage", wantedStage == null ? "" : wantedStage.name());
        model.addAttribute("branches", branchOptions(units, locale));
        model.addAttribute("stages", stageOptions(locale));
        model.addAttribute("mayRecord", access.permits(() -> access.toRecordFor(caller, null)));
        model.addAttribute("trail", List.of(Crumb.message("nav.home", "/"), Crumb.message("candidates.title", null)));
        return "candidates/list";
    }

    @GetMapping("/candidates/{id}")
    @PreAuthorize("@committeeAccess.toReadCandidate(#caller, #id)")
    String candidate(Caller caller, @PathVariable String id, Model model, Locale locale) {
        LocalDate today = LocalDate.now(clock);
        CandidateDirectory.Row row = directory.row(candidateId(id), today,
                        access.permits(() -> access.toReadPerson(caller, id)))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Map<ActorId, String> names = staff.namesOf(java.util.stream.Stream.concat(row.candidate().history().stream()
                .map(RecordedStep::recordedBy).filter(java.util.Objects::nonNull),
                StepDetails.revisers(row.candidate().history()).stream()).distinct().toList());
        boolean mayRecord = access.permits(() -> access.toRecordForCandidate(caller, id));
        model.addAttribute("row", row);
        model.addAttribute("history", StepDetails.of(row.candidate().history(), names, messages, fmt, locale));
        model.addAttribute("due", directory.dueFor(row.candidate()).stream()
                .map(item -> new Due(item.dueBy(), english(locale) ? item.description().en() : item.description().vi()))
                .toList());
        model.addAttribute("steps", mayRecord ? StepForm.offeredAt(row.stage()) : List.of());
        model.addAttribute("mayRecord", mayRecord);
        model.addAttribute("trail", List.of(Crumb.message("nav.home", "/"), Crumb.message("candidates.title", "/candidates"),
                Crumb.named(row.person() == null ? id : row.person().fullName(), null)));
        return "candidates/candidate";
    }

    @GetMapping("/board")
    @PreAuthorize("@committeeAccess.toRead(#caller)")
    String board(Caller caller, Model model) {
        Reach reach = access.reachOf(caller);
        List<CandidateDirectory.Row> rows = directory.rows(reach, LocalDate.now(clock), seesPeople(caller));
        Map<Stage, List<CandidateDirectory.Row>> byStage = new LinkedHashMap<>();
        for (Stage stage : Stage.values()) {
            byStage.put(stage, rows.stream().filter(row -> row.stage() == stage).sorted(BY_NAME).toList());
        }
        model.addAttribute("columns", byStage);
        model.addAttribute("trail", List.of(Crumb.message("nav.home", "/"), Crumb.message("board.title", null)));
        return "candidates/board";
    }

    @GetMapping("/deadlines")
    @PreAuthorize("@committeeAccess.toRead(#caller)")
    String deadlines(Caller caller, Model model, Locale locale) {
        Reach reach = access.reachOf(caller);
        LocalDate today = LocalDate.now(clock);
        Map<CandidateId, CandidateDirectory.Row> byId = directory.rows(reach, today, seesPeople(caller)).stream()
                .collect(Collectors.toMap(CandidateDirectory.Row::id, Function.identity()));
        Pipeline.DueList due = pipeline.dueOn(today, reach);
        model.addAttribute("today", today);
        model.addAttribute("overdue", DueRow.of(due.overdue(), byId, locale));
        model.addAttribute("dueThisWeek", DueRow.of(due.dueThisWeek(), byId, locale));
        Map<UnitCode, Unit> units = directory.unitsIn(reach);
        model.addAttribute("reviews", reviewing.dueOn(today, reach).stream().map(review -> new ReviewDue(
                units.containsKey(review.branch()) ? units.get(review.branch()).name() : review.branch().value(),
                review.branch().value(), review.dueBy(), review.overdue(),
                english(locale) ? review.description().en() : review.description().vi())).toList());
        model.addAttribute("mayRecordReview", access.permits(() -> access.toRecordFor(caller, null)));
        model.addAttribute("recordedLate", DueRow.ofLate(due.recordedLate(), byId, locale));
        model.addAttribute("trail", List.of(Crumb.message("nav.home", "/"), Crumb.message("deadlines.title", null)));
        return "candidates/deadlines";
    }

    /** Who is on the sympathiser list, branch by branch, longest on it first, with how long. */
    @GetMapping("/sympathisers")
    @PreAuthorize("@committeeAccess.toRead(#caller)")
    String sympathisers(Caller caller, Model model) {
        Reach reach = access.reachOf(caller);
        LocalDate today = LocalDate.now(clock);
        Map<String, List<Listed>> byBranch = new java.util.TreeMap<>(VIETNAMESE);
        for (CandidateDirectory.Row row : directory.rows(reach, today, seesPeople(caller))) {
            if (row.stage().onSympathiserList() && row.candidate().sympathiserSince().isPresent()) {
                LocalDate since = row.candidate().sympathiserSince().orElseThrow();
                java.time.Period on = java.time.Period.between(since, today);
                byBranch.computeIfAbsent(row.branchName(), name -> new java.util.ArrayList<>())
                        .add(new Listed(row, since, on.toTotalMonths(), on.getDays()));
            }
        }
        byBranch.values().forEach(list -> list.sort(Comparator.comparing(Listed::since)));
        model.addAttribute("branches", byBranch);
        model.addAttribute("today", today);
        model.addAttribute("mayImport", access.permits(() -> access.toManage(caller)));
        model.addAttribute("mayRecordReview", access.permits(() -> access.toRecordFor(caller, null)));
        model.addAttribute("trail", List.of(Crumb.message("nav.home", "/"), Crumb.message("sympathisers.title", null)));
        return "candidates/sympathisers";
    }

    /** What falls due for a candidate, in the reader's language. */
    record Due(LocalDate by, String what) {
    }

    /** A branch's quarterly review of its sympathiser list, overdue or due this week. */
    record ReviewDue(String branch, String branchCode, LocalDate dueBy, boolean overdue, String what) {
    }

    /** Someone on the sympathiser list since a day: whole months and days since. */
    record Listed(CandidateDirectory.Row row, LocalDate since, long months, int days) {
    }

    private boolean seesPeople(Caller caller) {
        return access.permits(() -> access.toReadPeople(caller));
    }

    private Map<String, String> branchOptions(Map<UnitCode, Unit> units, Locale locale) {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("", messages.getMessage("candidates.filter.all-branches", null, locale));
        units.values().forEach(unit -> options.put(unit.code().value(), unit.name()));
        return options;
    }

    private Map<String, String> stageOptions(Locale locale) {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("", messages.getMessage("candidates.filter.all-stages", null, locale));
        for (Stage stage : Stage.values()) {
            options.put(stage.name(), messages.getMessage("stage." + stage.name(), null, locale));
        }
        return options;
    }

    static CandidateId candidateId(String id) {
        try {
            return new CandidateId(id);
        } catch (IllegalArgumentException notAnId) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    static boolean english(Locale locale) {
        return vn.pdv.common.ui.PageLocales.supported(locale).equals(vn.pdv.common.ui.PageLocales.ENGLISH);
    }
}
