package vn.pdv.aggregator.plan.web;

import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.pdv.aggregator.plan.PlanContext;
import vn.pdv.aggregator.plan.PlanImport;
import vn.pdv.aggregator.plan.PlanWarning;
import vn.pdv.aggregator.plan.application.PlanLoader;
import vn.pdv.aggregator.quota.Period;
import vn.pdv.aggregator.quota.PlanReference;
import vn.pdv.aggregator.web.ProvincePage;
import vn.pdv.common.security.Caller;
import vn.pdv.common.ui.Crumb;
import vn.pdv.common.ui.FormErrors;
import vn.pdv.common.ui.Violation;

/**
 * The province administrator's plan upload at {@code /plans}: choose a table, see what the import finds row by row
 * without keeping anything ({@link PlanLoader#check}, the dry run), then load that same table
 * ({@link PlanLoader#importTable}) and see what was loaded. The checked table waits in the session between the two
 * steps, so what is loaded is exactly what was looked at; each step posts, then redirects to the page (post, redirect,
 * get). The findings are the plan API's: the same loader, the same warnings.
 *
 * <p>Known limit: one table at a time per session; a second check replaces the first.
 */
@Controller
@ProvincePage
@PreAuthorize("@provinceAccess.toAdminister(#caller)")
class PlanPages {

    private static final String CHECKED = "pdv.plan.checked";

    private final PlanLoader loader;
    private final MessageSource messages;

    PlanPages(PlanLoader loader, MessageSource messages) {
        this.loader = loader;
        this.messages = messages;
    }

    /** A table checked and waiting to be loaded, with what the administrator said of it. */
    record Checked(String fileName, byte[] table, String planNumber, String expectedPeriods) {
    }

    /**
     * What the page shows after a step.
     *
     * @param loaded whether the quotas were kept (false for the dry run, and when the table names no plan)
     */
    record Findings(boolean loaded, String fileName, String plan, int units, int quotas, List<PlanWarning> warnings)
            {

        static Findings of(boolean loaded, String fileName, PlanImport result, String planNumber) {
            return new Findings(loaded && result.plan().isPresent() && result.issuedBy().isPresent(), fileName,
                    result.plan().map(plan -> plan.number()).orElse(planNumber), result.units().size(),
                    result.quotas().size(), result.warnings());
        }
    }

    @GetMapping("/plans")
    String page(Caller caller, HttpSession session, Model model) {
        model.addAttribute("trail", List.of(Crumb.message("nav.home", "/"), Crumb.message("plans.title", null)));
        model.addAttribute("checked", session.getAttribute(CHECKED));
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", FormErrors.none());
        }
        return "plans/upload";
    }

    /** The dry run: the findings, nothing kept but the table itself, in the session, for the load. */
    @PostMapping("/plans/check")
    String check(Caller caller, @RequestParam(required = false) MultipartFile table,
                 @RequestParam(required = false) String planNumber,
                 @RequestParam(required = false) String expectedPeriods, HttpSession session,
                 RedirectAttributes redirect, Locale locale) throws IOException {
        List<Violation> problems = new ArrayList<>();
        if (table == null || table.isEmpty()) {
            problems.add(new Violation("table", message("plans.error.table", locale),
                    message("plans.error.table.fix", locale)));
        }
        Optional<List<Period>> periods = periods(expectedPeriods);
        if (periods.isEmpty()) {
            problems.add(new Violation("expectedPeriods", message("plans.error.periods", locale),
                    message("plans.error.periods.fix", locale)));
        }
        if (!problems.isEmpty()) {
            redirect.addFlashAttribute("errors", FormErrors.of(problems));
            redirect.addFlashAttribute("planNumber", planNumber);
            redirect.addFlashAttribute("expectedPeriods", expectedPeriods);
            return "redirect:/plans";
        }
        Checked checked = new Checked(table.getOriginalFilename(), table.getBytes(), blankToNull(planNumber),
                blankToNull(expectedPeriods));
        session.setAttribute(CHECKED, checked);
        redirect.addFlashAttribute("findings", Findings.of(false, checked.fileName(),
                loader.check(checked.table(), context(checked)), checked.planNumber()));
        return "redirect:/plans#findings";
    }

    /** Loads the table the administrator checked, and shows what the import found and kept. */
    @PostMapping("/plans/load")
    String load(Caller caller, HttpSession session, RedirectAttributes redirect, Locale locale) throws IOException {
        if (!(session.getAttribute(CHECKED) instanceof Checked checked)) {
            redirect.addFlashAttribute("errors", FormErrors.of(List.of(new Violation("table",
                    message("plans.error.nothingChecked", locale), message("plans.error.table.fix", locale)))));
            return "redirect:/plans";
        }
        PlanImport result = loader.importTable(checked.table(), context(checked));
        session.removeAttribute(CHECKED);
        redirect.addFlashAttribute("findings", Findings.of(true, checked.fileName(), result, checked.planNumber()));
        return "redirect:/plans#findings";
    }

    private static PlanContext context(Checked checked) {
        PlanContext context = PlanContext.none();
        if (checked.planNumber() != null) {
            context = context.withPlan(new PlanReference(checked.planNumber(),
                    Optional.empty(), Optional.empty()));
        }
        List<Period> expected = periods(checked.expectedPeriods()).orElse(List.of());
        return expected.isEmpty() ? context : context.expecting(expected.toArray(Period[]::new));
    }

    /** "2024, 2025" as periods; empty when one of them is not a period, an empty list when none is given. */
    private static Optional<List<Period>> periods(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of(List.of());
        }
        List<Period> periods = new ArrayList<>();
        for (String code : text.split("[,;\\s]+")) {
            Optional<Period> period = Period.ofCode(code.strip());
            if (period.isEmpty()) {
                return Optional.empty();
            }
            periods.add(period.get());
        }
        return Optional.of(periods);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
