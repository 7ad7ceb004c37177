package vn.pdv.unit.pipeline.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
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
import vn.pdv.unit.CommitteeProperties;
import vn.pdv.unit.decision.ActorId;
import vn.pdv.unit.decision.Outcome;
import vn.pdv.unit.decision.RuleViolation;
import vn.pdv.unit.organisation.Unit;
import vn.pdv.unit.organisation.UnitCode;
import vn.pdv.unit.pipeline.Candidate;
import vn.pdv.unit.pipeline.CandidateId;
import vn.pdv.unit.pipeline.CandidateTransferredIn;
import vn.pdv.unit.pipeline.ReportingAttributes;
import vn.pdv.unit.pipeline.SourceCreated;
import vn.pdv.unit.pipeline.application.CandidateDirectory;
import vn.pdv.unit.pipeline.application.Pipeline;
import vn.pdv.unit.web.CommitteeAccess;
import vn.pdv.unit.web.WorkspacePage;

/**
 * The step forms: a new source at {@code /candidates/new}, every later step at {@code /candidates/{id}/steps/{step}}
 * ({@link StepForm}). Post, then redirect to the candidate's page (POST-redirect-GET), which says what was recorded; a
 * refusal — a field that cannot be read, or a Party rule the domain names — shows the form again with an error
 * summary at the top and each message at its field, in the reader's language with the fix, and nothing is saved.
 * Spring Security's CSRF token is in every form.
 */
@Controller
@WorkspacePage
class StepPages {

    private final Pipeline pipeline;
    private final CandidateDirectory directory;
    private final CommitteeAccess access;
    private final MessageSource messages;
    private final UnitCode committee;
    private final Clock clock;

    StepPages(Pipeline pipeline, CandidateDirectory directory, CommitteeAccess access, MessageSource messages,
              CommitteeProperties committee, Clock clock) {
        this.pipeline = pipeline;
        this.directory = directory;
        this.access = access;
        this.messages = messages;
        this.committee = new UnitCode(committee.code());
        this.clock = clock;
    }

    @GetMapping("/candidates/new")
    @PreAuthorize("@committeeAccess.toRecordFor(#caller, null)")
    String newSource(Caller caller, Model model, Locale locale) {
        return show(StepForm.SOURCE, null, caller, StepValues.blank(Map.of()), FormErrors.none(), model, locale);
    }

    @PostMapping("/candidates/new")
    @PreAuthorize("@committeeAccess.toRecordFor(#caller, #branchCode)")
    String identify(Caller caller, @RequestParam(required = false) String branchCode,
                    @RequestParam Map<String, String> typed, Model model, Locale locale, RedirectAttributes redirect) {
        StepValues form = StepValues.read(StepForm.SOURCE, typed, LocalDate.now(clock), messages, locale);
        if (!form.problems().isEmpty()) {
            return show(StepForm.SOURCE, null, caller, form, FormErrors.of(form.problems()), model, locale);
        }
        Outcome<?> outcome = StepForm.SOURCE.record(pipeline, by(caller), null, form).orElseThrow();
        return switch (outcome) {
            case Outcome.Accepted<?>(SourceCreated created) -> done(StepForm.SOURCE, created.candidate(), redirect);
            case Outcome.Accepted<?> other -> throw new IllegalStateException("A source yields SourceCreated");
            case Outcome.Refused<?> refused -> show(StepForm.SOURCE, null, caller, form,
                    refusal(StepForm.SOURCE, refused.violations(), locale), model, locale);
        };
    }

    /** "Nhận chuyển đến": a candidate taken in from another committee (issue 13), recorded like a new source. */
    @GetMapping("/candidates/transfer")
    @PreAuthorize("@committeeAccess.toRecordFor(#caller, null)")
    String newTransfer(Caller caller, Model model, Locale locale) {
        return show(StepForm.TRANSFER, null, caller, StepValues.blank(Map.of()), FormErrors.none(), model, locale);
    }

    @PostMapping("/candidates/transfer")
    @PreAuthorize("@committeeAccess.toRecordFor(#caller, #branchCode)")
    String transferIn(Caller caller, @RequestParam(required = false) String branchCode,
                      @RequestParam Map<String, String> typed, Model model, Locale locale, RedirectAttributes redirect) {
        StepValues form = StepValues.read(StepForm.TRANSFER, typed, LocalDate.now(clock), messages, locale);
        if (!form.problems().isEmpty()) {
            return show(StepForm.TRANSFER, null, caller, form, FormErrors.of(form.problems()), model, locale);
        }
        Outcome<?> outcome = StepForm.TRANSFER.record(pipeline, by(caller), null, form).orElseThrow();
        return switch (outcome) {
            case Outcome.Accepted<?>(CandidateTransferredIn transferred) ->
                    done(StepForm.TRANSFER, transferred.candidate(), redirect);
            case Outcome.Accepted<?> other -> throw new IllegalStateException("A transfer yields CandidateTransferredIn");
            case Outcome.Refused<?> refused -> show(StepForm.TRANSFER, null, caller, form,
                    refusal(StepForm.TRANSFER, refused.violations(), locale), model, locale);
        };
    }

    @GetMapping("/candidates/{id}/steps/{step}")
    @PreAuthorize("@committeeAccess.toRecordForCandidate(#caller, #id)")
    String step(Caller caller, @PathVariable String id, @PathVariable String step, Model model, Locale locale) {
        StepForm form = formAt(step);
        Map<String, String> defaults = defaults(form);
        if (form == StepForm.ATTRIBUTES) {
            pipeline.find(CandidatePages.candidateId(id)).ifPresent(candidate -> defaults.putAll(asTyped(candidate)));
        }
        return show(form, id, caller, StepValues.blank(defaults), FormErrors.none(), model, locale);
    }

    /** The candidate's reporting attributes as the form shows them, so a clerk changes one and keeps the rest. */
    private static Map<String, String> asTyped(Candidate candidate) {
        ReportingAttributes now = candidate.attributes();
        Map<String, String> typed = new LinkedHashMap<>();
        if (now.gender() != null) {
            typed.put("gender", now.gender().name());
        }
        typed.put("ethnicMinority", String.valueOf(now.ethnicMinority()));
        typed.put("religious", String.valueOf(now.religious()));
        typed.put("youthUnionMember", String.valueOf(now.youthUnionMember()));
        typed.put("tradeUnionMember", String.valueOf(now.tradeUnionMember()));
        typed.put("generalEducation", Objects.toString(now.generalEducation(), ""));
        typed.put("professionalLevel", Objects.toString(now.professionalLevel(), ""));
        typed.put("occupationSector", Objects.toString(now.occupationSector(), ""));
        return typed;
    }

    @PostMapping("/candidates/{id}/steps/{step}")
    @PreAuthorize("@committeeAccess.toRecordForCandidate(#caller, #id)")
    String record(Caller caller, @PathVariable String id, @PathVariable String step,
                  @RequestParam Map<String, String> typed, Model model, Locale locale, RedirectAttributes redirect) {
        StepForm form = formAt(step);
        CandidateId candidate = CandidatePages.candidateId(id);
        StepValues values = StepValues.read(form, typed, LocalDate.now(clock), messages, locale);
        if (!values.problems().isEmpty()) {
            return show(form, id, caller, values, FormErrors.of(values.problems()), model, locale);
        }
        Optional<? extends Outcome<?>> outcome = form.record(pipeline, by(caller), candidate, values);
        if (outcome.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return switch (outcome.get()) {
            case Outcome.Accepted<?> accepted -> done(form, candidate, redirect);
            case Outcome.Refused<?> refused -> show(form, id, caller, values,
                    refusal(form, refused.violations(), locale), model, locale);
        };
    }

    private String done(StepForm form, CandidateId candidate, RedirectAttributes redirect) {
        redirect.addFlashAttribute("recorded", "step." + form.path() + ".title");
        return "redirect:/candidates/" + candidate.value();
    }

    private String show(StepForm form, String id, Caller caller, StepValues values, FormErrors errors, Model model,
                        Locale locale) {
        String who = id;
        if (id != null) {
            CandidateDirectory.Row row = directory.row(CandidatePages.candidateId(id), LocalDate.now(clock),
                            access.permits(() -> access.toReadPerson(caller, id)))
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
            who = row.person() == null ? id : row.person().fullName();
            model.addAttribute("row", row);
        }
        model.addAttribute("form", form);
        model.addAttribute("fields", form.fields());
        model.addAttribute("typed", values.typed());
        model.addAttribute("errors", errors.inFormOrder(form.fieldNames()));
        model.addAttribute("options", options(form, caller, locale));
        model.addAttribute("action", id == null ? "/candidates/" + form.path() : "/candidates/" + id + "/steps/" + form.path());
        model.addAttribute("back", id == null ? "/candidates" : "/candidates/" + id);
        List<Crumb> trail = new ArrayList<>(List.of(Crumb.message("nav.home", "/"),
                Crumb.message("candidates.title", "/candidates")));
        if (id != null) {
            trail.add(Crumb.named(who, "/candidates/" + id));
        }
        trail.add(Crumb.message("step." + form.path() + ".title", null));
        model.addAttribute("trail", trail);
        return "candidates/step";
    }

    /** The rules broken, each at the field it is about on this form (or at the top only), in the reader's language. */
    private FormErrors refusal(StepForm form, List<RuleViolation> violations, Locale locale) {
        boolean english = CandidatePages.english(locale);
        return FormErrors.of(violations.stream().map(v -> new Violation(form.fieldOf(v.field(), v.code()),
                english ? v.message().en() : v.message().vi(), english ? v.fix().en() : v.fix().vi())).toList());
    }

    /** Drop-downs' choices: the enum's constants in words, the caller's branches; an empty first choice. */
    private Map<String, Map<String, String>> options(StepForm form, Caller caller, Locale locale) {
        Map<String, Map<String, String>> options = new LinkedHashMap<>();
        for (StepForm.Field field : form.fields()) {
            if (!field.input().equals("select")) {
                continue;
            }
            Map<String, String> choices = new LinkedHashMap<>();
            choices.put("", messages.getMessage("form.choose", null, locale));
            if (field.kind() == StepForm.Field.Kind.BRANCH) {
                directory.unitsIn(access.reachOf(caller)).values().stream()
                        .filter(unit -> !unit.code().equals(committee))
                        .forEach(unit -> choices.put(unit.code().value(), unit.name()));
            } else {
                for (Enum<?> constant : field.choices().getEnumConstants()) {
                    String type = constant.getDeclaringClass().getSimpleName();
                    choices.put(constant.name(), messages.getMessage("enum." + type + "." + constant.name(), null,
                            constant.name(), locale));
                }
            }
            options.put(field.name(), choices);
        }
        return options;
    }

    /** The committee above this one decides admissions and is proposed to: its code filled in, to be checked. */
    private Map<String, String> defaults(StepForm form) {
        String above = directory.unitsIn(vn.pdv.unit.organisation.Reach.wholeCommittee()).values().stream()
                .filter(unit -> unit.code().equals(committee)).map(Unit::parent).filter(java.util.Objects::nonNull)
                .map(UnitCode::value).findFirst().orElse("");
        Map<String, String> defaults = new LinkedHashMap<>();
        for (String name : List.of("proposedTo", "decidedBy")) {
            if (form.fieldNames().contains(name)) {
                defaults.put(name, above);
            }
        }
        return defaults;
    }

    private static StepForm formAt(String step) {
        return StepForm.at(step).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static ActorId by(Caller caller) {
        return new ActorId(caller.subject());
    }
}
