package vn.pdv.unit.pipeline.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.pdv.common.security.Caller;
import vn.pdv.common.ui.Crumb;
import vn.pdv.common.ui.FormErrors;
import vn.pdv.common.ui.Violation;
import vn.pdv.unit.decision.ActorId;
import vn.pdv.unit.decision.Outcome;
import vn.pdv.unit.organisation.UnitCode;
import vn.pdv.unit.pipeline.CandidateId;
import vn.pdv.unit.pipeline.RecordedStep;
import vn.pdv.unit.pipeline.StepChange;
import vn.pdv.unit.pipeline.application.CandidateDirectory;
import vn.pdv.unit.pipeline.application.Pipeline;
import vn.pdv.unit.web.CommitteeAccess;
import vn.pdv.unit.web.TypedForm;
import vn.pdv.unit.web.WorkspacePage;

/**
 * The forms that correct a recorded step ({@code /candidates/{id}/history/{step}/correction}: a new effective date,
 * branch or decision number, and the reason) or void the latest one ({@code …/void}: the reason). As the step forms:
 * post, then back to the candidate's page, which says what was done; a refusal shows the form again with an error
 * summary at the top and each message at its field, and nothing is saved. Who may do either is who may record for
 * the candidate's branch (and, for a new branch, for that one too).
 */
@Controller
@WorkspacePage
class CorrectionPages {

    private static final List<String> FIELDS = List.of("effectiveOn", "branchCode", "decisionNumber", "reason");

    private final Pipeline pipeline;
    private final CandidateDirectory directory;
    private final CommitteeAccess access;
    private final MessageSource messages;
    private final Clock clock;

    CorrectionPages(Pipeline pipeline, CandidateDirectory directory, CommitteeAccess access, MessageSource messages,
                    Clock clock) {
        this.pipeline = pipeline;
        this.directory = directory;
        this.access = access;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/candidates/{id}/history/{step}/{kind:correction|void}")
    @PreAuthorize("@committeeAccess.toRecordForCandidate(#caller, #id)")
    String form(Caller caller, @PathVariable String id, @PathVariable int step, @PathVariable String kind, Model model,
                Locale locale) {
        return show(caller, id, step, kind, Map.of(), FormErrors.none(), model, locale);
    }

    @PostMapping("/candidates/{id}/history/{step}/correction")
    @PreAuthorize("@committeeAccess.toRecordForCandidate(#caller, #id) and @committeeAccess.toRecordFor(#caller, #branchCode == '' ? null : #branchCode)")
    String correct(Caller caller, @PathVariable String id, @PathVariable int step,
                   @RequestParam(required = false) String branchCode, @RequestParam Map<String, String> typed,
                   Model model, Locale locale, RedirectAttributes redirect) {
        TypedForm form = new TypedForm(typed, messages, locale);
        LocalDate effectiveOn = form.optionalDay("effectiveOn", LocalDate.now(clock));
        String branch = form.optionalText("branchCode", 50);
        String number = form.optionalText("decisionNumber", 50);
        String reason = form.text("reason", 500);
        if (!form.problems().isEmpty()) {
            return show(caller, id, step, "correction", typed, FormErrors.of(form.problems()), model, locale);
        }
        StepChange change = new StepChange(effectiveOn, branch == null || branch.isEmpty() ? null : new UnitCode(branch),
                number == null || number.isEmpty() ? null : number);
        return done(pipeline.correct(by(caller), CandidatePages.candidateId(id), step, change, reason), caller, id,
                step, "correction", typed, model, locale, redirect);
    }

    @PostMapping("/candidates/{id}/history/{step}/void")
    @PreAuthorize("@committeeAccess.toRecordForCandidate(#caller, #id)")
    String voidStep(Caller caller, @PathVariable String id, @PathVariable int step,
                    @RequestParam Map<String, String> typed, Model model, Locale locale, RedirectAttributes redirect) {
        TypedForm form = new TypedForm(typed, messages, locale);
        String reason = form.text("reason", 500);
        if (!form.problems().isEmpty()) {
            return show(caller, id, step, "void", typed, FormErrors.of(form.problems()), model, locale);
        }
        return done(pipeline.voidStep(by(caller), CandidatePages.candidateId(id), step, reason), caller, id, step,
                "void", typed, model, locale, redirect);
    }

    private String done(Optional<? extends Outcome<?>> outcome, Caller caller, String id, int step, String kind,
                        Map<String, String> typed, Model model, Locale locale, RedirectAttributes redirect) {
        return switch (outcome.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND))) {
            case Outcome.Accepted<?> accepted -> {
                redirect.addFlashAttribute("recorded", "revision." + kind + ".title");
                yield "redirect:/candidates/" + id;
            }
            case Outcome.Refused<?> refused -> {
                List<Violation> problems = TypedForm.refusal(refused.violations(), FIELDS, locale);
                yield show(caller, id, step, kind, typed, FormErrors.of(problems), model, locale);
            }
        };
    }

    private String show(Caller caller, String id, int step, String kind, Map<String, String> typed, FormErrors errors,
                        Model model, Locale locale) {
        CandidateId candidate = CandidatePages.candidateId(id);
        CandidateDirectory.Row row = directory.row(candidate, LocalDate.now(clock),
                        access.permits(() -> access.toReadPerson(caller, id)))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        List<RecordedStep> history = row.candidate().history();
        if (step < 1 || step > history.size()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        String stepName = messages.getMessage("event." + history.get(step - 1).event().getClass().getSimpleName(),
                null, locale);
        Map<String, String> branches = new LinkedHashMap<>();
        branches.put("", messages.getMessage("revision.branch.unchanged", null, locale));
        directory.unitsIn(access.reachOf(caller)).values()
                .forEach(unit -> branches.put(unit.code().value(), unit.name()));
        model.addAttribute("row", row);
        model.addAttribute("kind", kind);
        model.addAttribute("stepName", stepName);
        model.addAttribute("stepOn", history.get(step - 1).event().occurredOn());
        model.addAttribute("typed", typed);
        model.addAttribute("errors", errors.inFormOrder(FIELDS));
        model.addAttribute("branches", branches);
        model.addAttribute("action", "/candidates/" + id + "/history/" + step + "/" + kind);
        model.addAttribute("back", "/candidates/" + id);
        model.addAttribute("trail", List.of(Crumb.message("nav.home", "/"),
                Crumb.message("candidates.title", "/candidates"),
                Crumb.named(row.person() == null ? id : row.person().fullName(), "/candidates/" + id),
                Crumb.message("revision." + kind + ".title", null)));
        return "candidates/correction";
    }

    private static ActorId by(Caller caller) {
        return new ActorId(caller.subject());
    }
}
