package vn.pdv.aggregator.status.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import vn.pdv.aggregator.fulfilment.Counter;
import vn.pdv.aggregator.fulfilment.Progress;
import vn.pdv.aggregator.fulfilment.application.PipelineCoverage;
import vn.pdv.aggregator.fulfilment.application.ProgressReport;
import vn.pdv.aggregator.hierarchy.Closure;
import vn.pdv.aggregator.hierarchy.Hierarchy;
import vn.pdv.aggregator.hierarchy.Reach;
import vn.pdv.aggregator.hierarchy.Unit;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.hierarchy.UnitTree;
import vn.pdv.aggregator.plan.application.TargetBook;
import vn.pdv.aggregator.quota.Bounds;
import vn.pdv.aggregator.quota.Metric;
import vn.pdv.aggregator.quota.Period;
import vn.pdv.aggregator.quota.Quota;
import vn.pdv.aggregator.quota.Quotas;
import vn.pdv.aggregator.quota.Terms;
import vn.pdv.aggregator.status.Pace;
import vn.pdv.aggregator.status.Status;
import vn.pdv.aggregator.status.StatusJudge;
import vn.pdv.aggregator.status.StatusRules;
import vn.pdv.aggregator.status.UnitStatus;

/**
 * Judges units against their quotas by {@link StatusRules}, actuals counted as {@link ProgressReport} counts them (the
 * subtree of each day, to the end of {@code asOf}).
 *
 * <p>Which period: a unit may hold quotas for a year, its quarters and a term all at once. Its status for a metric
 * is judged on the year's quota when there is one (it is what the year-end rating uses), else on the shortest period
 * containing the day that has a quota (a quarter, then a half, then the term). A term's days, and the pace over them,
 * are those {@link Terms} gives the unit's level on the day: from its congress to the next when configured.
 *
 * <p>Known limit: the pipeline coverage is the stock as it stands now, also when judging a past day.
 */
@Service
public class StatusBoard implements StatusJudge {

    private final Hierarchy hierarchy;
    private final Quotas quotas;
    private final ProgressReport progress;
    private final PipelineCoverage coverage;
    private final TargetBook targets;
    private final StatusSettings settings;
    private final Terms terms;

    StatusBoard(Hierarchy hierarchy, Quotas quotas, ProgressReport progress, PipelineCoverage coverage,
                TargetBook targets, StatusSettings settings, Terms terms) {
        this.hierarchy = hierarchy;
        this.targets = targets;
        this.quotas = quotas;
        this.progress = progress;
        this.coverage = coverage;
        this.settings = settings;
        this.terms = terms;
        Metric.PLANNED.forEach(settings::pace);
    }

    @Override
    public List<UnitStatus> judgeAll(LocalDate asOf) {
        UnitTree tree = hierarchy.tree();
        // A unit others merged into holds their quotas too (Succession), so it is judged even without quotas of its own.
        Set<UnitCode> holders = new TreeSet<>(Comparator.comparing(UnitCode::value));
        for (Quota quota : quotas.all()) {
            UnitCode holder = quota.target();
            while (holder != null && holders.add(holder)) {
                holder = tree.closure(holder).map(Closure::successor).orElse(null);
            }
        }
        Map<UnitCode, List<Quota>> byUnit = new LinkedHashMap<>();
        holders.forEach(unit -> byUnit.put(unit, progress.quotasOf(tree, unit)));
        List<UnitStatus> statuses = new ArrayList<>();
        byUnit.forEach((code, held) -> tree.on(code, asOf).ifPresent(unit -> {
            for (Metric metric : Metric.PLANNED) {
                chosen(held, metric, unit, asOf).ifPresent(quota ->
                        statuses.add(judge(tree, unit, metric, quota.period(), asOf, quota)));
            }
        }));
        return statuses;
    }

    /**
     * The unit's status per metric and its children's within {@code reach} on the day, each on its chosen period;
     * UNKNOWN for the year when there is no quota to judge. Empty when the unit is unknown.
     */
    public Optional<Map<UnitCode, List<UnitStatus>>> withChildren(UnitCode code, LocalDate asOf, Reach reach) {
        UnitTree tree = hierarchy.tree();
        Optional<Unit> unit = tree.on(code, asOf).or(() -> tree.latest(code));
        if (unit.isEmpty()) {
            return Optional.empty();
        }
        Map<UnitCode, List<UnitStatus>> statuses = new LinkedHashMap<>();
        List<Unit> units = new ArrayList<>(List.of(unit.get()));
        tree.children(code, asOf).stream().filter(child -> reach.covers(child.code())).forEach(units::add);
        for (Unit each : units) {
            List<Quota> held = progress.quotasOf(tree, each.code());
            List<UnitStatus> judged = new ArrayList<>();
            for (Metric metric : Metric.PLANNED) {
                Optional<Quota> quota = chosen(held, metric, each, asOf);
                judged.add(judge(tree, each, metric, quota.map(Quota::period).orElse(Period.year(asOf.getYear())),
                        asOf, quota.orElse(null)));
            }
            statuses.put(each.code(), judged);
        }
        return Optional.of(statuses);
    }

    /**
     * The unit's status for a metric on the period the reader chose (not the one the board would choose), on a tree
     * the caller read once for many units; UNKNOWN when the unit holds no quota for exactly that period.
     */
    public UnitStatus judgeOn(UnitTree tree, Unit unit, Metric metric, Period period, LocalDate asOf) {
        Quota quota = progress.quotasOf(tree, unit.code()).stream()
                .filter(held -> held.metric() == metric && held.period().equals(period)).findFirst().orElse(null);
        return judge(tree, unit, metric, period, asOf, quota);
    }

    /**
     * The ratio targets ("3–4% of membership", "at least 70% youth-union") of the unit and its children within
     * {@code reach} for the year of the day, each judged on that year's actuals up to the end of the day. A unit
     * without ratio targets has an empty list. Empty when the unit is unknown.
     */
    public Optional<Map<UnitCode, List<Progress.RatioProgress>>> ratiosWithChildren(UnitCode code, LocalDate asOf,
                                                                                   Reach reach) {
        UnitTree tree = hierarchy.tree();
        if (tree.on(code, asOf).or(() -> tree.latest(code)).isEmpty()) {
            return Optional.empty();
        }
        Period year = Period.year(asOf.getYear());
        List<UnitCode> units = new ArrayList<>(List.of(code));
        tree.children(code, asOf).stream().map(Unit::code).filter(reach::covers).forEach(units::add);
        Map<UnitCode, List<Progress.RatioProgress>> ratios = new LinkedHashMap<>();
        for (UnitCode unit : units) {
            ratios.put(unit, ratiosSoFar(tree, unit, year, asOf));
        }
        return Optional.of(ratios);
    }

    /**
     * The unit's ratio and range targets for the year of the day, on the actuals up to its end, a count of classes or
     * a share of membership judged against the pace as a quota is (see {@link ProgressReport#ratios(UnitCode, Period,
     * vn.pdv.aggregator.fulfilment.Counts, LocalDate, java.util.function.ToDoubleFunction)}).
     */
    List<Progress.RatioProgress> ratiosSoFar(UnitTree tree, UnitCode unit, Period year, LocalDate asOf) {
        return progress.ratios(unit, year, progress.actuals(tree, unit, year.from(), asOf.plusDays(1)), asOf,
                metric -> settings.pace(metric).shareDue(year.from(), year.until(), asOf));
    }

    @Override
    public List<UnitStatus> judgeTargets(LocalDate asOf) {
        UnitTree tree = hierarchy.tree();
        Period year = Period.year(asOf.getYear());
        boolean over = !asOf.isBefore(year.until().minusDays(1));
        List<UnitStatus> statuses = new ArrayList<>();
        for (UnitCode code : targets.holders()) {
            Optional<Unit> unit = tree.on(code, asOf);
            if (unit.isEmpty()) {
                continue;
            }
            for (Progress.RatioProgress ratio : ratiosSoFar(tree, code, year, asOf)) {
                Status status = ratio.fulfilment() == null ? Status.UNKNOWN : switch (ratio.fulfilment()) {
                    case NOT_MET -> Status.LAGGING;
                    case MET, EXCEEDED -> over ? Status.MET : Status.ON_TRACK;
                };
                statuses.add(new UnitStatus(code, unit.get().name(), ratio.metric(), year, asOf, null, ratio.part(),
                        ratio.expectedByNow() == null ? 0 : ratio.expectedByNow(), status, ratio.vietnamese(),
                        ratio.english(), ratio.target()));
            }
        }
        return statuses;
    }

    /** The expected pace for a metric, as the settings give it. */
    public Pace pace(Metric metric) {
        return settings.pace(metric);
    }

    private Optional<Quota> chosen(List<Quota> held, Metric metric, Unit unit, LocalDate asOf) {
        return held.stream()
                .filter(quota -> quota.metric() == metric && bounds(quota.period(), unit).includes(asOf))
                .min(Comparator.comparing((Quota quota) -> quota.period().kind() != Period.Kind.YEAR)
                        .thenComparing(quota -> bounds(quota.period(), unit).days()));
    }

    private Bounds bounds(Period period, Unit unit) {
        return terms.bounds(period, unit.kind());
    }

    private UnitStatus judge(UnitTree tree, Unit unit, Metric metric, Period period, LocalDate asOf, Quota quota) {
        Bounds bounds = bounds(period, unit);
        LocalDate end = asOf.plusDays(1).isBefore(bounds.until()) ? asOf.plusDays(1) : bounds.until();
        long actual = end.isAfter(bounds.from())
                ? progress.actuals(tree, unit.code(), bounds.from(), end).get(metric, Counter.TOTAL) : 0;
        OptionalLong pipeline = OptionalLong.empty();
        if (quota != null && metric == Metric.ADMISSIONS && actual < quota.total()) {
            pipeline = OptionalLong.of(coverage.beforeAdmission(tree, unit.code(), asOf));
        }
        return settings.rules().judge(unit.code(), unit.name(), metric, period, bounds, asOf,
                quota == null ? null : quota.total(), actual, pipeline, settings.pace(metric));
    }
}
