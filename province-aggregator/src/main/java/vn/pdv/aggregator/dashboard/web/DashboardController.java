package vn.pdv.aggregator.dashboard.web;

import java.text.Collator;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.pdv.aggregator.alert.AlertId;
import vn.pdv.aggregator.alert.application.AlertInbox;
import vn.pdv.aggregator.dashboard.application.UnitNotices;
import vn.pdv.aggregator.fulfilment.AdmittedPeople;
import vn.pdv.aggregator.fulfilment.Counter;
import vn.pdv.aggregator.fulfilment.Figure;
import vn.pdv.aggregator.fulfilment.Progress;
import vn.pdv.aggregator.dashboard.application.UnitPage;
import vn.pdv.aggregator.dashboard.application.UnitPages;
import vn.pdv.aggregator.hierarchy.Unit;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.hierarchy.UnknownUnit;
import vn.pdv.aggregator.quota.Bounds;
import vn.pdv.aggregator.quota.Period;
import vn.pdv.aggregator.status.Status;
import vn.pdv.aggregator.status.UnitStatus;
import vn.pdv.aggregator.web.ProvinceAccess;
import vn.pdv.aggregator.web.ProvincePage;
import vn.pdv.common.security.Caller;
import vn.pdv.common.ui.Chart;
import vn.pdv.common.ui.Column;
import vn.pdv.common.ui.Crumb;
import vn.pdv.common.ui.Fmt;
import vn.pdv.common.ui.FormErrors;
import vn.pdv.common.ui.TableSort;
import vn.pdv.common.ui.Violation;
import vn.pdv.common.ui.live.LiveUpdates;

/**
 * The unit page at {@code /units/{code}?period=2024&on=2024-06-30}: figures, status and why, the chart by month, the
 * children (sorted on the server), the pipeline, who reports, downloads; {@code /units/{code}/figures} is the region
 * htmx fetches again when {@code /live/{code}} says the figures changed. Everything comes from {@link UnitPages}, which
 * asks the services the JSON API asks, so the page inherits whatever access those apply; the alerts and plan warnings
 * above the figures from {@link UnitNotices}, and {@code POST /units/{code}/alerts/acknowledge} records the unit's
 * acknowledgement of one, for those {@link ProvinceAccess#toAcknowledgeAlerts} allows, then redirects to the page.
 *
 * <p>The "as of" day is read as {@code 2024-06-30} (links) or {@code 30/06/2024} (typed in the form); a period or day
 * that cannot be read is said at its field, GOV.UK style, and the page falls back to the defaults.
 */
@Controller
@ProvincePage
class DashboardController {

    static final List<Column> COLUMNS = List.of(
            Column.sortable("name", "progress.unit"),
            Column.sortable("quota", "progress.quota").figures(),
            Column.sortable("actual", "progress.actual").figures(),
            Column.sortable("percent", "progress.percent").figures(),
            Column.of("status", "progress.status"),
            Column.sortable("gap", "progress.gap").figures());

    private static final Collator VIETNAMESE = Collator.getInstance(Locale.forLanguageTag("vi"));
    private static final Map<String, Comparator<? super UnitPage.Child>> ORDER = Map.of(
            "name", Comparator.comparing((UnitPage.Child child) -> child.unit().name(), VIETNAMESE),
            "quota", Comparator.comparing((UnitPage.Child child) -> child.admissions().quota(),
                    Comparator.nullsFirst(Comparator.naturalOrder())),
            "actual", Comparator.comparingLong((UnitPage.Child child) -> child.admissions().actual()),
            "percent", Comparator.comparingDouble(DashboardController::percentOrBelowAll),
            "gap", Comparator.comparingLong(UnitPage.Child::gapToPace));

    private final UnitPages pages;
    private final LiveUpdates live;
    private final Fmt fmt;
    private final MessageSource messages;
    private final UnitCode homeUnit;
    private final ProvinceAccess access;
    private final UnitNotices notices;
    private final AlertInbox inbox;

    DashboardController(UnitPages pages, LiveUpdates live, Fmt fmt, MessageSource messages,
                        @Value("${pdv.aggregator.dashboard.home-unit:DUK}") String homeUnit, ProvinceAccess access,
                        UnitNotices notices, AlertInbox inbox) {
        this.pages = pages;
        this.notices = notices;
        this.inbox = inbox;
        this.access = access;
        this.live = live;
        this.fmt = fmt;
        this.messages = messages;
        this.homeUnit = new UnitCode(homeUnit);
    }

    /** The province's home unit for a province administrator; everyone else's own unit. */
    @GetMapping("/")
    String home(Caller caller) {
        UnitCode home = caller.isProvinceAdmin() || caller.unit() == null ? homeUnit : new UnitCode(caller.unit());
        return pages.home(home).map(unit -> "redirect:/units/" + unit.value()).orElse("progress/empty");
    }

    @GetMapping("/units/{code}")
    String unit(Caller caller, @PathVariable UnitCode code, @RequestParam(required = false) String period,
                @RequestParam(required = false) String on, @RequestParam(required = false) String sort, Model model,
                Locale locale) {
        UnitPage page = fill(caller, code, period, on, sort, model, locale);
        model.addAttribute("notices", notices.of(code, page.asOf()));
        model.addAttribute("mayAcknowledge", access.mayAcknowledgeAlerts(caller, code));
        model.addAttribute("mayLoadPlans", caller.isProvinceAdmin());
        return "progress/unit";
    }

    /**
     * The unit says it has seen an alert addressed to it; back to the same page (post, redirect, get), which says how
     * it went. Only the unit's secretary or a province administrator may.
     */
    @PostMapping("/units/{code}/alerts/acknowledge")
    @PreAuthorize("@provinceAccess.toAcknowledgeAlerts(#caller, #code)")
    String acknowledge(Caller caller, @PathVariable UnitCode code, @RequestParam String alert,
                       @RequestParam(required = false) String period, @RequestParam(required = false) String on,
                       RedirectAttributes redirect) {
        AlertInbox.Outcome outcome = inbox.acknowledge(new AlertId(alert), code, caller.subject());
        redirect.addFlashAttribute("acknowledged", outcome.name());
        // Only what reads as a period and a day goes back into the address.
        StringBuilder back = new StringBuilder("redirect:/units/" + code.value() + "?");
        Period.ofCode(period).ifPresent(chosen -> back.append("period=").append(chosen.code()).append('&'));
        day(on).ifPresent(day -> back.append("on=").append(day).append('&'));
        return back.append("#alerts").toString().replace("?#", "#").replace("&#", "#");
    }

    /** The region the page swaps in when its figures changed: same parameters, same reader, fresh figures. */
    @GetMapping("/units/{code}/figures")
    String figures(Caller caller, @PathVariable UnitCode code, @RequestParam(required = false) String period,
                   @RequestParam(required = false) String on, @RequestParam(required = false) String sort, Model model,
                   Locale locale) {
        fill(caller, code, period, on, sort, model, locale);
        return "progress/unit :: figures";
    }

    @GetMapping("/live/{code}")
    @PreAuthorize("@provinceAccess.toRead(#caller, #code, null)")
    SseEmitter live(Caller caller, @PathVariable UnitCode code) {
        return live.subscribe(code.value());
    }

    /** The page as the caller may see it: the unit as the tree stood on the page's day must be within its reach. */
    private UnitPage fill(Caller caller, UnitCode code, String periodParameter, String onParameter,
                          String sortParameter, Model model, Locale locale) {
        List<Violation> problems = new ArrayList<>();
        LocalDate today = pages.today();
        Optional<Period> chosen = Period.ofCode(periodParameter);
        if (periodParameter != null && !periodParameter.isBlank() && chosen.isEmpty()) {
            problems.add(new Violation("period", message("progress.error.period", locale),
                    message("progress.error.period.fix", locale)));
        }
        Optional<LocalDate> day = day(onParameter);
        if (onParameter != null && !onParameter.isBlank() && day.isEmpty()) {
            problems.add(new Violation("on", message("progress.error.on", locale),
                    message("progress.error.on.fix", locale)));
        }
        Period period = chosen.orElseGet(() -> Period.year(day.orElse(today).getYear()));
        LocalDate lastDay = pages.bounds(code, period, today).lastDay();
        LocalDate asOf = day.orElse(today.isAfter(lastDay) ? lastDay : today);
        access.toRead(caller, code, asOf);
        UnitPage page = pages.of(code, period, asOf).orElseThrow(() -> new UnknownUnit(code));

        TableSort order = TableSort.parse(sortParameter, COLUMNS, TableSort.ascendingBy("gap"));
        model.addAttribute("page", page);
        model.addAttribute("errors", FormErrors.of(problems));
        model.addAttribute("periodCode", period.code());
        model.addAttribute("periodName", periodName(period, locale));
        model.addAttribute("periodTitle", capitalised(periodName(period, locale)));
        model.addAttribute("onIso", asOf.toString());
        model.addAttribute("periodOver", !asOf.isBefore(lastDay));
        Integer quota = page.admissions().quota();
        model.addAttribute("remaining", quota == null ? null : Math.max(0, quota - page.admissions().actual()));
        model.addAttribute("onInput", problems.stream().anyMatch(p -> p.field().equals("on")) ? onParameter
                : fmt.dateInput(asOf));
        model.addAttribute("periods", periodOptions(page.periods(), locale));
        model.addAttribute("reason", reason(page.admissions(), page.beforeAdmission(), period, page.bounds(), locale));
        model.addAttribute("columns", COLUMNS);
        model.addAttribute("sort", order);
        model.addAttribute("rows", order.sorted(page.children(), ORDER));
        model.addAttribute("chart", chart(page));
        model.addAttribute("trail", trail(page, period));
        model.addAttribute("sortParameter", sortParameter);
        model.addAttribute("breakdowns", breakdowns(page));
        model.addAttribute("categories", categories(page.admitted()));
        return page;
    }

    /** One row of the breakdown table: a reporting attribute's admissions against its part of the quota. */
    record Breakdown(String key, Figure figure, Progress.RatioProgress ratio) {
    }

    /**
     * The attributes in the progress API's order, each with the plan's ratio target for it when there is one (the
     * ≥ 70 % youth-union share); an attribute with neither a part of the quota nor an admission is still listed, since
     * "none yet" is an answer too.
     */
    private static List<Breakdown> breakdowns(UnitPage page) {
        List<Breakdown> rows = new ArrayList<>();
        page.admissionsBy().forEach((counter, figure) -> rows.add(new Breakdown(counter.name(), figure,
                page.ratios().stream().filter(ratio -> counter.name().equals(ratio.attribute())).findFirst()
                        .orElse(null))));
        return rows;
    }

    /** One split of those admitted as the statistical form makes it (by age, education...): each counter's people. */
    record CategoryGroup(String key, Map<Counter, Long> rows) {
    }

    private static List<CategoryGroup> categories(AdmittedPeople admitted) {
        return List.of(new CategoryGroup("age", admitted.ageBands()),
                new CategoryGroup("education", admitted.education()),
                new CategoryGroup("profession", admitted.profession()),
                new CategoryGroup("sector", admitted.sector()));
    }

    static Optional<LocalDate> day(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        for (DateTimeFormatter format : List.of(DateTimeFormatter.ISO_LOCAL_DATE,
                // Strict, so that 31/02/2024 is refused rather than read as 29/02/2024.
                DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT))) {
            try {
                return Optional.of(LocalDate.parse(text.strip(), format));
            } catch (DateTimeParseException notThisOne) {
                // try the next way of writing a day
            }
        }
        return Optional.empty();
    }

    private List<Crumb> trail(UnitPage page, Period period) {
        List<Crumb> trail = new ArrayList<>();
        trail.add(Crumb.message("nav.home", "/"));
        for (Unit above : page.trail()) {
            trail.add(Crumb.named(above.name(), href(above.code(), period, page.asOf())));
        }
        trail.add(Crumb.named(page.unit().name(), null));
        return trail;
    }

    /** Where a unit's page is, for the same period and day; also used by the template for the children's links. */
    static String href(UnitCode unit, Period period, LocalDate asOf) {
        return "/units/" + unit.value() + "?period=" + period.code() + "&on=" + asOf;
    }

    private Chart chart(UnitPage page) {
        List<String> labels = new ArrayList<>();
        List<Long> actual = new ArrayList<>();
        List<Long> expected = new ArrayList<>();
        for (UnitPage.Point point : page.months()) {
            labels.add(page.period().kind() == Period.Kind.TERM ? String.valueOf(point.end().getYear())
                    : fmt.month(YearMonth.from(point.end())));
            actual.add(point.actual());
            expected.add(point.expected());
        }
        List<Chart.Series> series = new ArrayList<>();
        series.add(new Chart.Series("progress.chart.actual", actual, Chart.Style.ACTUAL));
        Integer quota = page.admissions().quota();
        if (quota != null) {
            series.add(new Chart.Series("progress.chart.expected", expected, Chart.Style.EXPECTED));
            series.add(new Chart.Series("progress.chart.quota", Collections.nCopies(labels.size(), quota),
                    Chart.Style.TARGET));
        }
        return new Chart("progress.chart.title",
                page.period().kind() == Period.Kind.TERM ? "progress.chart.year" : "progress.chart.month", labels,
                series, Chart.Unit.COUNT);
    }

    /** Why the unit stands where it does, in the reader's language, with the page's figures and day formats. */
    private String reason(UnitStatus status, long beforeAdmission, Period period, Bounds bounds, Locale locale) {
        String key = "progress.reason." + status.status().name();
        boolean over = !status.asOf().isBefore(bounds.lastDay());
        if (status.status() == Status.LAGGING && over) {
            key += ".over";
        } else if (status.status() == Status.AT_RISK && status.actual() >= status.expected()) {
            key += ".pipeline";
        }
        Integer quota = status.quota();
        Object[] arguments = {fmt.number(status.actual()), fmt.number(quota), fmt.number(status.expected()),
                fmt.date(status.asOf()), fmt.number(quota == null ? null : Math.max(0, quota - status.actual())),
                fmt.number(beforeAdmission), periodName(period, locale),
                fmt.percent(quota == null || quota == 0 ? null : status.actual() * 100.0 / quota)};
        return messages.getMessage(key, arguments, locale);
    }

    private Map<String, String> periodOptions(List<Period> periods, Locale locale) {
        Map<String, String> options = new LinkedHashMap<>();
        periods.forEach(period -> options.put(period.code(), capitalised(periodName(period, locale))));
        return options;
    }

    private String periodName(Period period, Locale locale) {
        String key = "progress.period." + period.kind().name() + (period.kind() == Period.Kind.HALF_YEAR
                ? "." + period.part() : "");
        Object[] arguments = {String.valueOf(period.year()), "I II III IV".split(" ")[Math.max(0, period.part() - 1)],
                String.valueOf(period.part()), String.valueOf(period.endYear())};
        return messages.getMessage(key, arguments, locale);
    }

    private static String capitalised(String words) {
        return words.isEmpty() ? words : words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private static double percentOrBelowAll(UnitPage.Child child) {
        Integer quota = child.admissions().quota();
        return quota == null || quota == 0 ? -1 : child.admissions().actual() * 100.0 / quota;
    }
}
