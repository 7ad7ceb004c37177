package vn.pdv.common.ui.sample;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import vn.pdv.common.ui.Chart;
import vn.pdv.common.ui.Column;
import vn.pdv.common.ui.Crumb;
import vn.pdv.common.ui.FormErrors;
import vn.pdv.common.ui.Fmt;
import vn.pdv.common.ui.SignedInUser;
import vn.pdv.common.ui.TableSort;
import vn.pdv.common.ui.Violation;
import vn.pdv.common.ui.live.LiveUpdates;

/** The sample page: how a service's controller feeds the layout and the fragments. */
@Controller
class SampleController {

    static final String TOPIC = "DUK";

    static final List<Column> COLUMNS = List.of(
            Column.sortable("name", "sample.unit"),
            Column.sortable("quota", "sample.quota").figures(),
            Column.sortable("actual", "sample.actual").figures(),
            Column.sortable("percent", "sample.percent").figures(),
            Column.of("status", "sample.status"),
            Column.sortable("gap", "sample.gap").figures());

    private static final Map<String, Comparator<? super SampleUnits.Unit>> ORDER = Map.of(
            "name", Comparator.comparing(SampleUnits.Unit::name, java.text.Collator.getInstance(Locale.forLanguageTag("vi"))),
            "quota", Comparator.comparingLong(SampleUnits.Unit::quota),
            "actual", Comparator.comparingLong(SampleUnits.Unit::actual),
            "percent", Comparator.comparingDouble(unit -> unit.quota() == 0 ? -1 : unit.percent()),
            "gap", Comparator.comparingLong(SampleUnits.Unit::gapToPace));

    private final SampleUnits units;
    private final LiveUpdates live;
    private final Fmt fmt;
    private final MessageSource messages;
    private final Clock clock;

    SampleController(SampleUnits units, LiveUpdates live, Fmt fmt, MessageSource messages, Clock clock) {
        this.units = units;
        this.live = live;
        this.fmt = fmt;
        this.messages = messages;
        this.clock = clock;
    }

    @ModelAttribute
    void everyPage(Model model) {
        model.addAttribute(SignedInUser.MODEL_ATTRIBUTE,
                new SignedInUser("Nguyễn Thị Hồng Nhung", "Đảng ủy Khối các cơ quan tỉnh"));
    }

    @GetMapping("/sample")
    String page(@RequestParam(required = false) String sort, Model model) {
        model.addAttribute("vote", VoteForm.empty());
        model.addAttribute("errors", FormErrors.none());
        return page(sort, model, false);
    }

    @PostMapping("/sample")
    String vote(@Valid @ModelAttribute("vote") VoteForm vote, BindingResult binding,
                @RequestParam(required = false) String sort, Model model, Locale locale) {
        FormErrors errors = FormErrors.of(binding, messages, locale).and(FormErrors.of(rules(vote, locale)))
                .inFormOrder(List.of("branch", "officialMembers", "present", "inFavour", "votedOn"));
        model.addAttribute("errors", errors);
        return page(sort, model, !errors.isEmpty());
    }

    /** The region htmx fetches again when the page is told its figures changed. */
    @GetMapping("/sample/figures")
    String figures(Model model) {
        model.addAttribute("admitted", units.admitted());
        model.addAttribute("asOf", Instant.now(clock));
        model.addAttribute("chart", chart());
        return "sample/page :: figures";
    }

    /** A unit this visitor may not see, as the services' authorisation refuses it. */
    @GetMapping("/sample/other-unit")
    String otherUnit() {
        throw new org.springframework.web.server.ResponseStatusException(org.springframework.http.HttpStatus.FORBIDDEN);
    }

    @GetMapping("/live/{topic}")
    SseEmitter live(@org.springframework.web.bind.annotation.PathVariable String topic) {
        return live.subscribe(topic);
    }

    private String page(String sort, Model model, boolean refused) {
        TableSort order = TableSort.parse(sort, COLUMNS, TableSort.ascendingBy("gap"));
        model.addAttribute("columns", COLUMNS);
        model.addAttribute("sort", order);
        model.addAttribute("children", order.sorted(SampleUnits.CHILDREN, ORDER));
        model.addAttribute("admitted", units.admitted());
        model.addAttribute("asOf", Instant.now(clock));
        model.addAttribute("day", java.time.LocalDate.of(2024, 6, 30));
        model.addAttribute("trail", List.of(
                Crumb.message("sample.home", "/sample"),
                Crumb.named("Tỉnh ủy Quảng Ngãi", "/sample?unit=T"),
                Crumb.named("Đảng ủy Khối các cơ quan tỉnh", null)));
        model.addAttribute("chart", chart());
        Map<String, String> branches = new LinkedHashMap<>();
        branches.put("DUK-01-CB1", "Chi bộ 1 – Văn phòng");
        branches.put("DUK-01-CB2", "Chi bộ 2 – Tổng hợp");
        model.addAttribute("branches", branches);
        model.addAttribute("refused", refused);
        return "sample/page";
    }

    private Chart chart() {
        List<String> months = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            months.add(fmt.month(YearMonth.of(2024, month)));
        }
        List<Long> actual = new ArrayList<>(List.of(2L, 9L, 14L, 20L, 29L, units.admitted()));
        while (actual.size() < 12) {
            actual.add(null);
        }
        return new Chart("sample.chart.title", "sample.chart.month", months, List.of(
                new Chart.Series("sample.chart.actual", actual, Chart.Style.ACTUAL),
                new Chart.Series("sample.chart.expected",
                        List.of(10, 55, 70, 85, 102, 119, 136, 150, 168, 190, 214, 240), Chart.Style.EXPECTED),
                new Chart.Series("sample.chart.quota", java.util.Collections.nCopies(12, 240), Chart.Style.TARGET)),
                Chart.Unit.COUNT);
    }

    /** A Party rule, as the unit service would check it: no more votes in favour than members present. */
    private List<Violation> rules(VoteForm vote, Locale locale) {
        if (vote.present() != null && vote.inFavour() != null && vote.inFavour() > vote.present()) {
            return List.of(new Violation("inFavour",
                    messages.getMessage("sample.rule.favour", new Object[] {vote.inFavour(), vote.present()}, locale),
                    messages.getMessage("sample.rule.favour.fix", null, locale)));
        }
        return List.of();
    }
}
