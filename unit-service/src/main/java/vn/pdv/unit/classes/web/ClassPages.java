package vn.pdv.unit.classes.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
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
import vn.pdv.unit.classes.ClassId;
import vn.pdv.unit.classes.ClassKind;
import vn.pdv.unit.classes.PartyClass;
import vn.pdv.unit.classes.application.Teaching;
import vn.pdv.unit.decision.ActorId;
import vn.pdv.unit.decision.Outcome;
import vn.pdv.unit.organisation.Reach;
import vn.pdv.unit.organisation.UnitCode;
import vn.pdv.unit.pipeline.CandidateId;
import vn.pdv.unit.pipeline.People;
import vn.pdv.unit.pipeline.application.CandidateDirectory;
import vn.pdv.unit.pipeline.application.Pipeline;
import vn.pdv.unit.web.CommitteeAccess;
import vn.pdv.unit.web.TypedForm;
import vn.pdv.unit.web.WorkspacePage;

/**
 * The classes as pages: {@code /classes} (those of the caller's reach), {@code /classes/new} (plan one), and
 * {@code /classes/{id}} (its dates, its list with names, the list as XLSX, and a form to enrol a candidate at the
 * class's stage, and to record its closing day with who attended and, for an awareness class, each certificate's
 * number). Forms as the step forms: POST-redirect-GET, errors at the field and in the summary, nothing saved on a
 * refusal.
 */
@Controller
@WorkspacePage
class ClassPages {

    private static final List<String> FIELDS = List.of("kind", "title", "organiserCode", "startsOn", "endsOn");

    private final Teaching teaching;
    private final Pipeline pipeline;
    private final People people;
    private final CandidateDirectory directory;
    private final CommitteeAccess access;
    private final MessageSource messages;
    private final Clock clock;

    ClassPages(Teaching teaching, Pipeline pipeline, People people, CandidateDirectory directory,
               CommitteeAccess access, MessageSource messages, Clock clock) {
        this.teaching = teaching;
        this.pipeline = pipeline;
        this.people = people;
        this.directory = directory;
        this.access = access;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/classes")
    @PreAuthorize("@committeeAccess.toRead(#caller)")
    String classes(Caller caller, Model model) {
        Reach reach = access.reachOf(caller);
        model.addAttribute("classes", teaching.organisedIn(reach));
        model.addAttribute("units", directory.unitsIn(Reach.wholeCommittee()));
        model.addAttribute("mayRecord", access.permits(() -> access.toRecordFor(caller, null)));
        model.addAttribute("trail", List.of(Crumb.message("nav.home", "/"), Crumb.message("classes.title", null)));
        return "classes/list";
    }

    @GetMapping("/classes/new")
    @PreAuthorize("@committeeAccess.toRecordFor(#caller, null)")
    String form(Caller caller, Model model, Locale locale) {
        return show(caller, Map.of(), FormErrors.none(), model, locale);
    }

    @PostMapping("/classes/new")
    @PreAuthorize("@committeeAccess.toRecordFor(#caller, #organiserCode)")
    String plan(Caller caller, @RequestParam(required = false) String organiserCode,
                @RequestParam Map<String, String> typed, Model model, Locale locale, RedirectAttributes redirect) {
        TypedForm form = new TypedForm(typed, messages, locale);
        ClassKind kind = form.choice("kind", ClassKind::valueOf);
        String title = form.text("title", 200);
        UnitCode organiser = form.choice("organiserCode", UnitCode::new);
        LocalDate startsOn = form.day("startsOn", null);
        LocalDate endsOn = form.day("endsOn", null);
        if (!form.problems().isEmpty()) {
            return show(caller, typed, FormErrors.of(form.problems()), model, locale);
        }
        return switch (teaching.plan(kind, title, organiser, startsOn, endsOn)) {
            case Outcome.Accepted<PartyClass>(PartyClass planned) -> {
                redirect.addFlashAttribute("done", "classes.planned");
                yield "redirect:/classes/" + planned.id().value();
            }
            case Outcome.Refused<PartyClass> refused -> show(caller, typed,
                    FormErrors.of(TypedForm.refusal(refused.violations(), FIELDS, locale)), model, locale);
        };
    }

    @GetMapping("/classes/{id}")
    @PreAuthorize("@committeeAccess.toReadClass(#caller, #id)")
    String one(Caller caller, @PathVariable String id, Model model, Locale locale) {
        return page(caller, found(id), Map.of(), FormErrors.none(), model, locale);
    }

    /** The list as XLSX, for the signed-in reader (the page's session, as the API serves it to a token). */
    @GetMapping("/classes/{id}/list.xlsx")
    @PreAuthorize("@committeeAccess.toReadClass(#caller, #id) and @committeeAccess.toReadPeople(#caller)")
    ResponseEntity<byte[]> list(Caller caller, @PathVariable String id) {
        return ClassList.of(found(id), pipeline, people, directory);
    }

    /**
     * Records the class held: its last day, who attended (ticked on the list) and, for an awareness class, the number
     * of each attendee's certificate. Each attendee's step goes through the pipeline's rules like any other; one the
     * rules refuse is named on the page after the class is recorded, to be recorded from the candidate's page.
     */
    @PostMapping("/classes/{id}/completion")
    @PreAuthorize("@committeeAccess.toRecordForClass(#caller, #id)")
    String hold(Caller caller, @PathVariable String id, @RequestParam Map<String, String> typed,
                @RequestParam(name = "attended", required = false) List<String> attended, Model model, Locale locale,
                RedirectAttributes redirect) {
        PartyClass partyClass = found(id);
        TypedForm form = new TypedForm(typed, messages, locale);
        LocalDate heldOn = form.day("heldOn", LocalDate.now(clock));
        Map<CandidateId, String> attendees = new LinkedHashMap<>();
        Map<CandidateId, String> names = names(caller);
        for (CandidateId candidate : partyClass.enrolled()) {
            if (attended != null && attended.contains(candidate.value())) {
                attendees.put(candidate, partyClass.kind() == ClassKind.AWARENESS
                        ? form.text(certificateField(candidate), messages.getMessage("classes.hold.certificate.of",
                        new Object[] {names.getOrDefault(candidate, candidate.value())}, locale), 50) : null);
            }
        }
        Map<String, String> shown = new LinkedHashMap<>(typed);
        shown.put("attended", attended == null ? "" : String.join(" ", attended));
        if (!form.problems().isEmpty()) {
            return page(caller, partyClass, shown, FormErrors.of(form.problems()), model, locale);
        }
        Outcome<Teaching.Held> outcome = teaching.hold(new ActorId(caller.subject()), partyClass.id(), heldOn,
                attendees).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return switch (outcome) {
            case Outcome.Accepted<Teaching.Held>(Teaching.Held held) -> {
                redirect.addFlashAttribute("done", "classes.hold.done");
                redirect.addFlashAttribute("stepsRefused", refusedSteps(names, held, locale));
                yield "redirect:/classes/" + id;
            }
            case Outcome.Refused<Teaching.Held> refused -> page(caller, partyClass, shown,
                    FormErrors.of(TypedForm.refusal(refused.violations(), List.of("heldOn", "attendees"), locale)),
                    model, locale);
        };
    }

    @PostMapping("/classes/{id}/enrolments")
    @PreAuthorize("@committeeAccess.toRecordForClass(#caller, #id)"
            + " and (#candidateId == null or #candidateId.isBlank() or @committeeAccess.toRecordForCandidate(#caller, #candidateId))")
    String enrol(Caller caller, @PathVariable String id, @RequestParam(required = false) String candidateId,
                 Model model, Locale locale, RedirectAttributes redirect) {
        PartyClass partyClass = found(id);
        TypedForm form = new TypedForm(candidateId == null ? Map.of() : Map.of("candidateId", candidateId), messages,
                locale);
        CandidateId candidate = form.choice("candidateId", CandidateId::new);
        if (!form.problems().isEmpty()) {
            return page(caller, partyClass, Map.of(), FormErrors.of(form.problems()), model, locale);
        }
        Outcome<PartyClass> outcome = teaching.enrol(partyClass.id(), candidate)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return switch (outcome) {
            case Outcome.Accepted<PartyClass> enrolled -> {
                redirect.addFlashAttribute("done", "classes.enrolled.done");
                yield "redirect:/classes/" + id;
            }
            case Outcome.Refused<PartyClass> refused -> page(caller, partyClass, Map.of(),
                    FormErrors.of(TypedForm.refusal(refused.violations(), List.of("candidateId"), locale)), model,
                    locale);
        };
    }

    /** The input of an attendee's certificate number: {@code certificate.<candidate id>}. */
    static String certificateField(CandidateId candidate) {
        return "certificate." + candidate.value();
    }

    /** Each attendee whose step the rules refused, by name where the reader may see names, with the rule's words. */
    private static List<String> refusedSteps(Map<CandidateId, String> names, Teaching.Held held, Locale locale) {
        boolean english = locale.getLanguage().equals("en");
        List<String> refused = new ArrayList<>();
        for (Teaching.AttendeeStep step : held.steps()) {
            if (step.outcome() instanceof Outcome.Refused<Object> no) {
                String who = names.getOrDefault(step.candidate(), step.candidate().value());
                no.violations().forEach(violation -> refused.add(who + ": "
                        + (english ? violation.message().en() : violation.message().vi())));
            }
        }
        return refused;
    }

    /** The names of the candidates within the caller's reach, where the caller may read names. */
    private Map<CandidateId, String> names(Caller caller) {
        boolean seesPeople = access.permits(() -> access.toReadPeople(caller));
        Map<CandidateId, String> names = new LinkedHashMap<>();
        directory.rows(access.reachOf(caller), LocalDate.now(clock), seesPeople).stream()
                .filter(row -> row.person() != null).forEach(row -> names.put(row.id(), row.person().fullName()));
        return names;
    }

    private String page(Caller caller, PartyClass partyClass, Map<String, String> typed, FormErrors errors, Model model,
                        Locale locale) {
        LocalDate today = LocalDate.now(clock);
        boolean seesPeople = access.permits(() -> access.toReadPeople(caller));
        Map<CandidateId, CandidateDirectory.Row> rows = new LinkedHashMap<>();
        directory.rows(access.reachOf(caller), today, seesPeople).forEach(row -> rows.put(row.id(), row));
        Set<CandidateId> enrolled = Set.copyOf(partyClass.enrolled());
        Map<String, String> eligible = new LinkedHashMap<>();
        eligible.put("", messages.getMessage("form.choose", null, locale));
        rows.values().stream().filter(row -> row.stage() == partyClass.kind().enrols())
                .filter(row -> !enrolled.contains(row.id()))
                .forEach(row -> eligible.put(row.id().value(), (row.person() == null ? row.id().value()
                        : row.person().fullName()) + " — " + row.branchName()));
        model.addAttribute("partyClass", partyClass);
        model.addAttribute("organiser", directory.unitsIn(Reach.wholeCommittee()).get(partyClass.organiser()));
        model.addAttribute("listed", partyClass.enrolled().stream().map(rows::get)
                .filter(java.util.Objects::nonNull).toList());
        model.addAttribute("attended", Set.copyOf(partyClass.attended()));
        model.addAttribute("eligible", eligible);
        model.addAttribute("errors", errors);
        model.addAttribute("typed", typed);
        // Everyone on the list is ticked until the form comes back with the clerk's own ticks.
        model.addAttribute("ticked", typed.containsKey("attended")
                ? Set.of(typed.get("attended").split(" ")) : partyClass.enrolled().stream().map(CandidateId::value)
                .collect(Collectors.toSet()));
        model.addAttribute("certificateFields", partyClass.enrolled().stream().collect(Collectors.toMap(
                CandidateId::value, ClassPages::certificateField)));
        model.addAttribute("mayRecord", !partyClass.held()
                && access.permits(() -> access.toRecordForClass(caller, partyClass.id().value())));
        model.addAttribute("trail", List.of(Crumb.message("nav.home", "/"), Crumb.message("classes.title", "/classes"),
                Crumb.named(partyClass.title(), null)));
        return "classes/class";
    }

    private String show(Caller caller, Map<String, String> typed, FormErrors errors, Model model, Locale locale) {
        Map<String, String> kinds = new LinkedHashMap<>();
        kinds.put("", messages.getMessage("form.choose", null, locale));
        for (ClassKind kind : ClassKind.values()) {
            kinds.put(kind.name(), messages.getMessage("enum.ClassKind." + kind.name(), null, locale));
        }
        Map<String, String> organisers = new LinkedHashMap<>();
        organisers.put("", messages.getMessage("form.choose", null, locale));
        directory.unitsIn(access.reachOf(caller)).values()
                .forEach(unit -> organisers.put(unit.code().value(), unit.name()));
        model.addAttribute("typed", typed);
        model.addAttribute("errors", errors.inFormOrder(FIELDS));
        model.addAttribute("kinds", kinds);
        model.addAttribute("organisers", organisers);
        model.addAttribute("trail", List.of(Crumb.message("nav.home", "/"), Crumb.message("classes.title", "/classes"),
                Crumb.message("classes.new.title", null)));
        return "classes/new";
    }

    private PartyClass found(String id) {
        try {
            return teaching.find(new ClassId(id)).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        } catch (IllegalArgumentException notAnId) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }
}
