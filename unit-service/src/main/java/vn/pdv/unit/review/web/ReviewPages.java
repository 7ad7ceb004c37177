package vn.pdv.unit.review.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.pdv.common.security.Caller;
import vn.pdv.common.ui.Crumb;
import vn.pdv.common.ui.FormErrors;
import vn.pdv.common.ui.PageLocales;
import vn.pdv.common.ui.Violation;
import vn.pdv.unit.decision.ActorId;
import vn.pdv.unit.decision.Outcome;
import vn.pdv.unit.organisation.Reach;
import vn.pdv.unit.organisation.UnitCode;
import vn.pdv.unit.organisation.Units;
import vn.pdv.unit.review.Quarter;
import vn.pdv.unit.review.ReviewRules;
import vn.pdv.unit.review.SympathiserListReviewed;
import vn.pdv.unit.review.application.ListReviewing;
import vn.pdv.unit.web.CommitteeAccess;
import vn.pdv.unit.web.TypedForm;
import vn.pdv.unit.web.WorkspacePage;

/**
 * The quarterly reviews of the sympathiser lists as pages: {@code /sympathisers/reviews} lists the reviews owed and
 * those recorded (within the caller's reach); {@code /sympathisers/reviews/new} is the form, for the accounts that
 * record a candidate's steps. Like the step forms: POST-redirect-GET with CSRF; what cannot be read, and a rule the
 * domain names, come back as an error summary at the top and the message with its fix at the field, nothing saved.
 */
@Controller
@WorkspacePage
class ReviewPages {

    private static final List<String> FIELDS = List.of("branchCode", "quarter", "reviewedOn", "reviewedBy", "notes");

    private final ListReviewing reviewing;
    private final CommitteeAccess access;
    private final Units units;
    private final MessageSource messages;
    private final Clock clock;

    ReviewPages(ListReviewing reviewing, CommitteeAccess access, Units units, MessageSource messages, Clock clock) {
        this.reviewing = reviewing;
        this.access = access;
        this.units = units;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/sympathisers/reviews")
    @PreAuthorize("@committeeAccess.toRead(#caller)")
    String reviews(Caller caller, Model model, Locale locale) {
        Reach reach = access.reachOf(caller);
        Map<UnitCode, String> names = branchNames(reach);
        boolean english = PageLocales.supported(locale).equals(PageLocales.ENGLISH);
        model.addAttribute("owed", reviewing.dueOn(LocalDate.now(clock), reach).stream()
                .map(due -> new Owed(names.getOrDefault(due.branch(), due.branch().value()), due.branch().value(),
                        english ? due.quarter().en() : due.quarter().vi(), due.dueBy(), due.overdue()))
                .toList());
        model.addAttribute("recorded", reviewing.recorded(reach).stream()
                .map(review -> new Recorded(names.getOrDefault(review.branch(), review.branch().value()),
                        review.branch().value(), english ? review.quarter().en() : review.quarter().vi(),
                        review.quarter().toString(), review.reviewedOn(), review.reviewedBy(), review.notes(),
                        review.onList()))
                .toList());
        model.addAttribute("mayRecord", access.permits(() -> access.toRecordFor(caller, null)));
        model.addAttribute("trail", List.of(Crumb.message("nav.home", "/"),
                Crumb.message("sympathisers.title", "/sympathisers"), Crumb.message("reviews.title", null)));
        return "candidates/reviews";
    }

    @GetMapping("/sympathisers/reviews/new")
    @PreAuthorize("@committeeAccess.toRecordFor(#caller, null)")
    String form(Caller caller, Model model, Locale locale) {
        return show(caller, Map.of("quarter", reviewing.currentQuarter().previous().toString()), FormErrors.none(),
                model, locale);
    }

    @PostMapping("/sympathisers/reviews/new")
    @PreAuthorize("@committeeAccess.toRecordFor(#caller, #branchCode)")
    String record(Caller caller, @RequestParam(required = false) String branchCode,
                  @RequestParam Map<String, String> typed, Model model, Locale locale, RedirectAttributes redirect) {
        TypedForm form = new TypedForm(typed, messages, locale);
        UnitCode branch = form.choice("branchCode", UnitCode::new);
        Quarter quarter = form.choice("quarter", Quarter::parse);
        LocalDate reviewedOn = form.day("reviewedOn", LocalDate.now(clock));
        String reviewedBy = form.text("reviewedBy", 200);
        String notes = form.optionalText("notes", 2000);
        List<Violation> problems = form.problems();
        if (!problems.isEmpty()) {
            return show(caller, typed, FormErrors.of(problems), model, locale);
        }
        return switch (reviewing.record(new ActorId(caller.subject()), branch, quarter, reviewedOn, reviewedBy, notes)) {
            case Outcome.Accepted<SympathiserListReviewed> accepted -> {
                redirect.addFlashAttribute("recordedReview", true);
                yield "redirect:/sympathisers/reviews";
            }
            case Outcome.Refused<SympathiserListReviewed> refused -> show(caller, typed,
                    FormErrors.of(TypedForm.refusal(refused.violations(), FIELDS, locale)), model, locale);
        };
    }

    private String show(Caller caller, Map<String, String> typed, FormErrors errors, Model model, Locale locale) {
        Map<String, String> branches = new LinkedHashMap<>();
        branches.put("", messages.getMessage("form.choose", null, locale));
        branchNames(access.reachOf(caller)).forEach((code, name) -> branches.put(code.value(), name));
        boolean english = PageLocales.supported(locale).equals(PageLocales.ENGLISH);
        Map<String, String> quarters = new LinkedHashMap<>();
        quarters.put("", messages.getMessage("form.choose", null, locale));
        Quarter quarter = reviewing.currentQuarter();
        for (int i = 0; i < 5; i++, quarter = quarter.previous()) {
            quarters.put(quarter.toString(), english ? quarter.en() : quarter.vi());
        }
        model.addAttribute("typed", typed);
        model.addAttribute("errors", errors.inFormOrder(FIELDS));
        model.addAttribute("branches", branches);
        model.addAttribute("quarters", quarters);
        model.addAttribute("trail", List.of(Crumb.message("nav.home", "/"),
                Crumb.message("sympathisers.title", "/sympathisers"),
                Crumb.message("reviews.title", "/sympathisers/reviews"), Crumb.message("reviews.new.title", null)));
        return "candidates/review-form";
    }

    /** The branches in the caller's reach that keep a sympathiser list, by code, in the order registered. */
    private Map<UnitCode, String> branchNames(Reach reach) {
        Map<UnitCode, String> names = new LinkedHashMap<>();
        units.all().stream().filter(ReviewRules::keepsAList).filter(unit -> reach.covers(unit.code()))
                .forEach(unit -> names.put(unit.code(), unit.name()));
        return names;
    }

    /** A review owed: {@code quarter} in words. */
    record Owed(String branch, String branchCode, String quarter, LocalDate dueBy, boolean overdue) {
    }

    /** A review recorded: {@code quarter} in words, {@code quarterCode} as {@code 2026-Q3}. */
    record Recorded(String branch, String branchCode, String quarter, String quarterCode, LocalDate reviewedOn,
                    String reviewedBy, String notes, int onList) {
    }
}
