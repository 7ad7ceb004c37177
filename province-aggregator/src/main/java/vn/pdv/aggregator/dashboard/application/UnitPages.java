package vn.pdv.aggregator.dashboard.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import vn.pdv.aggregator.fulfilment.Counter;
import vn.pdv.aggregator.fulfilment.Counts;
import vn.pdv.aggregator.fulfilment.Figure;
import vn.pdv.aggregator.fulfilment.Progress;
import vn.pdv.aggregator.fulfilment.Stage;
import vn.pdv.aggregator.fulfilment.application.ProgressReport;
import vn.pdv.aggregator.hierarchy.Hierarchy;
import vn.pdv.aggregator.hierarchy.Unit;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.hierarchy.UnitTree;
import vn.pdv.aggregator.intake.LogStatus;
import vn.pdv.aggregator.intake.application.Completeness;
import vn.pdv.aggregator.quota.Bounds;
import vn.pdv.aggregator.quota.Metric;
import vn.pdv.aggregator.quota.Period;
import vn.pdv.aggregator.quota.Quotas;
import vn.pdv.aggregator.quota.Terms;
import vn.pdv.aggregator.status.Pace;
import vn.pdv.aggregator.status.UnitStatus;
import vn.pdv.aggregator.status.application.StatusBoard;

/**
 * Builds a unit's page from {@link ProgressReport}, {@link StatusBoard} and {@link Completeness}, the services the JSON
 * API answers with, so the page and the API cannot disagree and whatever access the API's services apply, the page
 * has too. The tree is read once per page.
 *
 * <p>Known limit: the chart asks the tallies once per month of the period (twelve sums a year), fine at a province's
 * size; a term is drawn by year.
 */
@Service
public class UnitPages {

    private final Hierarchy hierarchy;
    private final ProgressReport progress;
    private final StatusBoard board;
    private final Completeness completeness;
    private final Quotas quotas;
    private final Terms terms;
    private final Clock clock;

    UnitPages(Hierarchy hierarchy, ProgressReport progress, StatusBoard board, Completeness completeness,
              Quotas quotas, Terms terms, Clock clock) {
        this.hierarchy = hierarchy;
        this.progress = progress;
        this.board = board;
        this.completeness = completeness;
        this.quotas = quotas;
        this.terms = terms;
        this.clock = clock;
    }

    /** Today in the service's zone: the default "as of" day. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * The unit that stood at the top of the tree on the day ({@code preferred} when it is known), for a visitor who
     * named none; empty when the tree is empty.
     */
    public Optional<UnitCode> home(UnitCode preferred) {
        UnitTree tree = hierarchy.tree();
        if (tree.knows(preferred)) {
            return Optional.of(preferred);
        }
        return tree.latest().stream().filter(unit -> unit.parent() == null).map(Unit::code).findFirst();
    }

    /** The period's days for the unit by its level on the day: a term's from its congress to the next. */
    public Bounds bounds(UnitCode code, Period period, LocalDate day) {
        return terms.bounds(period, hierarchy.tree(), code, day);
    }

    /** Empty when the unit is unknown. */
    public Optional<UnitPage> of(UnitCode code, Period period, LocalDate asOf) {
        UnitTree tree = hierarchy.tree();
        Optional<Unit> found = tree.on(code, asOf).or(() -> tree.latest(code));
        Optional<Progress> figures = progress.of(tree, code, period);
        if (found.isEmpty() || figures.isEmpty()) {
            return Optional.empty();
        }
        Unit unit = found.get();
        Bounds bounds = terms.bounds(period, unit.kind());
        UnitStatus admissions = board.judgeOn(tree, unit, Metric.ADMISSIONS, period, asOf);
        UnitStatus sources = board.judgeOn(tree, unit, Metric.SOURCES, period, asOf);
        List<Unit> trail = new ArrayList<>(tree.ancestors(code, asOf));
        java.util.Collections.reverse(trail);
        List<UnitPage.Child> children = tree.children(code, asOf).stream()
                .map(child -> new UnitPage.Child(child, board.judgeOn(tree, child, Metric.ADMISSIONS, period, asOf),
                        formerName(tree, child), mergedFrom(tree, child.code(), asOf)))
                .toList();
        Map<Stage, Long> stock = figures.get().stock();
        long beforeAdmission = Stage.BEFORE_ADMISSION.stream().mapToLong(stage -> stock.getOrDefault(stage, 0L)).sum();
        return Optional.of(new UnitPage(unit, period, bounds, asOf, trail, admissions, sources,
                projection(admissions, bounds, asOf), points(tree, code, period, bounds, asOf, admissions), children,
                stock,
                beforeAdmission, reporting(code, trail), figures.get().notes(), periods(code, period),
                admissionsBy(tree, code, bounds, asOf, figures.get()), figures.get().ratios(),
                figures.get().sourcesBy(), progress.admitted(tree, code, bounds.from(), untilEndOf(bounds, asOf))));
    }

    /**
     * Each reporting attribute's admissions to the end of the day (the same sums the chart draws), against the part
     * of the period's quota the plan gave it.
     */
    private Map<Counter, Figure> admissionsBy(UnitTree tree, UnitCode code, Bounds bounds, LocalDate asOf,
                                              Progress figures) {
        Counts counts = progress.actuals(tree, code, bounds.from(), untilEndOf(bounds, asOf));
        Map<Counter, Figure> by = new EnumMap<>(Counter.class);
        for (Counter counter : Counter.ATTRIBUTES) {
            Figure planned = figures.admissionsBy().get(counter);
            by.put(counter, Figure.of(planned == null ? null : planned.quota(), counts.get(Metric.ADMISSIONS, counter)));
        }
        return by;
    }

    /** The day after {@code asOf}, or the period's end when that comes first: figures are read up to it. */
    private static LocalDate untilEndOf(Bounds bounds, LocalDate asOf) {
        return asOf.isBefore(bounds.until()) ? asOf.plusDays(1) : bounds.until();
    }

    /** The name of the version before the one standing on the day, when a renaming changed it. */
    private static String formerName(UnitTree tree, Unit standing) {
        String before = null;
        for (Unit version : tree.history(standing.code())) {
            if (version.equals(standing)) {
                return before != null && !before.equals(standing.name()) ? before : null;
            }
            before = version.name();
        }
        return null;
    }

    /** The units merged straight into this one by the day, by their last names. */
    private static List<String> mergedFrom(UnitTree tree, UnitCode code, LocalDate asOf) {
        return tree.predecessors(code).stream()
                .map(tree::closure).flatMap(Optional::stream)
                .filter(closure -> code.equals(closure.successor()) && !closure.on().isAfter(asOf))
                .map(closure -> tree.latest(closure.unit()).map(Unit::name).orElse(closure.unit().value()))
                .sorted().toList();
    }

    private Long projection(UnitStatus admissions, Bounds bounds, LocalDate asOf) {
        double due = board.pace(Metric.ADMISSIONS).shareDue(bounds.from(), bounds.until(), asOf);
        if (due <= 0) {
            return null;
        }
        return Math.round(admissions.actual() / due);
    }

    /** A point at each month's end (each year's end for a term), and at a term's closing congress. */
    private List<UnitPage.Point> points(UnitTree tree, UnitCode code, Period period, Bounds bounds, LocalDate asOf,
                                        UnitStatus admissions) {
        Pace pace = board.pace(Metric.ADMISSIONS);
        List<UnitPage.Point> points = new ArrayList<>();
        for (LocalDate start = bounds.from(), end; start.isBefore(bounds.until()); start = end) {
            end = next(period, start);
            end = end.isAfter(bounds.until()) ? bounds.until() : end;
            LocalDate lastDay = end.minusDays(1);
            long expected = admissions.quota() == null ? 0
                    : (long) Math.floor(admissions.quota() * pace.shareDue(bounds.from(), bounds.until(), lastDay) + 1e-9);
            Long actual = null;
            if (!start.isAfter(asOf)) {
                LocalDate until = end.isAfter(asOf) ? asOf.plusDays(1) : end;
                actual = progress.actuals(tree, code, bounds.from(), until).get(Metric.ADMISSIONS, Counter.TOTAL);
            }
            points.add(new UnitPage.Point(lastDay, actual, expected));
        }
        return points;
    }

    private static LocalDate next(Period period, LocalDate day) {
        return period.kind() == Period.Kind.TERM ? day.plusYears(1).withDayOfYear(1) : day.plusMonths(1).withDayOfMonth(1);
    }

    /**
     * The committees of the subtree; a unit without a log of its own beneath it (a branch, an organisation a
     * committee reports for) is reported through the nearest committee above that sends one.
     */
    private UnitPage.Reporting reporting(UnitCode code, List<Unit> trail) {
        List<LogStatus> logs = completeness.within(code).orElse(List.of());
        Instant latest = latest(logs);
        String through = null;
        if (latest == null) {
            List<LogStatus> all = completeness.all();
            for (int above = trail.size() - 1; above >= 0 && latest == null; above--) {
                String log = trail.get(above).code().value();
                latest = latest(all.stream().filter(status -> status.log().equals(log)).toList());
                through = latest == null ? null : trail.get(above).name();
            }
        }
        return new UnitPage.Reporting(latest, through, count(logs, LogStatus.Activity.ACTIVE),
                count(logs, LogStatus.Activity.QUIET), count(logs, LogStatus.Activity.NEVER_SENT));
    }

    private static Instant latest(List<LogStatus> logs) {
        return logs.stream().map(LogStatus::lastReceivedAt).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(null);
    }

    private static int count(List<LogStatus> logs, LogStatus.Activity activity) {
        return (int) logs.stream().filter(log -> log.activity() == activity).count();
    }

    /** The year of the chosen period with its halves and quarters, and the terms the unit holds quotas for. */
    private List<Period> periods(UnitCode code, Period chosen) {
        int year = chosen.kind() == Period.Kind.TERM ? today().getYear() : chosen.year();
        TreeSet<Period> periods = new TreeSet<>(List.of(Period.year(year), Period.halfYear(year, 1),
                Period.halfYear(year, 2), Period.quarter(year, 1), Period.quarter(year, 2), Period.quarter(year, 3),
                Period.quarter(year, 4), chosen));
        quotas.of(code).stream().map(quota -> quota.period()).filter(period -> period.kind() == Period.Kind.TERM)
                .forEach(periods::add);
        return List.copyOf(periods);
    }
}
