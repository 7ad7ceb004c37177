package vn.pdv.aggregator.fulfilment.application;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import org.springframework.stereotype.Service;
import vn.pdv.aggregator.fulfilment.AdmittedPeople;
import vn.pdv.aggregator.fulfilment.Counter;
import vn.pdv.aggregator.fulfilment.Counts;
import vn.pdv.aggregator.fulfilment.Figure;
import vn.pdv.aggregator.fulfilment.PipelineStock;
import vn.pdv.aggregator.fulfilment.Progress;
import vn.pdv.aggregator.fulfilment.Tallies;
import vn.pdv.aggregator.hierarchy.Hierarchy;
import vn.pdv.aggregator.hierarchy.Span;
import vn.pdv.aggregator.hierarchy.Unit;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.hierarchy.UnitKind;
import vn.pdv.aggregator.hierarchy.UnitTree;
import vn.pdv.aggregator.plan.CountRange;
import vn.pdv.aggregator.plan.Fulfilment;
import vn.pdv.aggregator.plan.RatioTarget;
import vn.pdv.aggregator.plan.application.TargetBook;
import vn.pdv.aggregator.quota.Attribute;
import vn.pdv.aggregator.quota.Bounds;
import vn.pdv.aggregator.quota.Memberships;
import vn.pdv.aggregator.quota.Metric;
import vn.pdv.aggregator.quota.Period;
import vn.pdv.aggregator.quota.Quota;
import vn.pdv.aggregator.quota.Quotas;
import vn.pdv.aggregator.quota.Succession;
import vn.pdv.aggregator.quota.Terms;

/**
 * Answers "how far has this unit come in this period": its quota for the period, its subtree's actuals counted by
 * the tree of each day (see {@link UnitTree} for moves and merges), per cent of plan, the ratio targets its plans set.
 * A term's days are those {@link Terms} gives the unit's level today (congress to congress when configured).
 */
@Service
public class ProgressReport {

    private static final Set<Metric> PIPELINE = EnumSet.of(Metric.SYMPATHISERS_ADDED, Metric.SYMPATHISERS_REMOVED,
            Metric.CERTIFICATES, Metric.RECOGNITIONS, Metric.EXITS, Metric.AWARENESS_CLASSES,
            Metric.NEW_MEMBER_CLASSES);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Hierarchy hierarchy;
    private final Tallies tallies;
    private final PipelineStock stock;
    private final Quotas quotas;
    private final TargetBook targets;
    private final Memberships memberships;
    private final Terms terms;
    private final Clock clock;

    ProgressReport(Hierarchy hierarchy, Tallies tallies, PipelineStock stock, Quotas quotas, TargetBook targets,
                   Memberships memberships, Terms terms, Clock clock) {
        this.hierarchy = hierarchy;
        this.tallies = tallies;
        this.stock = stock;
        this.quotas = quotas;
        this.targets = targets;
        this.memberships = memberships;
        this.terms = terms;
        this.clock = clock;
    }

    /** The counters of the unit's subtree on the days {@code from} to {@code until} (exclusive), span by span. */
    public Counts actuals(UnitTree tree, UnitCode unit, LocalDate from, LocalDate until) {
        Counts total = new Counts();
        for (Span span : tree.subtree(unit, from, until)) {
            Counts counts = tallies.sum(span.units(), span.from(), span.until());
            for (Metric metric : Metric.values()) {
                for (Counter counter : Counter.values()) {
                    long value = counts.get(metric, counter);
                    if (value != 0) {
                        total.add(metric, counter, value);
                    }
                }
            }
        }
        return total;
    }

    /**
     * The people admitted in the unit's subtree on the days {@code from} to {@code until} (exclusive) as the statistical
     * form counts them, for a page that reads the figures up to a day of the period rather than the whole of it.
     */
    public AdmittedPeople admitted(UnitTree tree, UnitCode unit, LocalDate from, LocalDate until) {
        List<Span> spans = tree.subtree(unit, from, until);
        return AdmittedPeople.of(actuals(tree, unit, from, until), organisations(tree, spans, Metric.ADMISSIONS),
                organisations(tree, spans, Metric.SOURCES));
    }

    /** Empty when the unit is unknown. */
    public Optional<Progress> of(UnitCode code, Period period) {
        return of(hierarchy.tree(), code, period);
    }

    /** Like {@link #of(UnitCode, Period)}, on a tree the caller read once for many units. */
    public Optional<Progress> of(UnitTree tree, UnitCode code, Period period) {
        Optional<Unit> unit = tree.latest(code);
        if (unit.isEmpty()) {
            return Optional.empty();
        }
        LocalDate today = LocalDate.now(clock);
        Bounds bounds = terms.bounds(period, tree, code, today);
        List<Span> spans = tree.subtree(code, bounds.from(), bounds.until());
        Set<UnitCode> counted = new LinkedHashSet<>();
        spans.forEach(span -> counted.addAll(span.units()));
        Counts counts = actuals(tree, code, bounds.from(), bounds.until());
        List<Quota> all = quotasOf(tree, code);
        Optional<Quota> admissionsQuota = quotaFor(all, period, Metric.ADMISSIONS);
        Optional<Quota> sourcesQuota = quotaFor(all, period, Metric.SOURCES);

        Map<Metric, Progress.PlanCited> cited = new EnumMap<>(Metric.class);
        admissionsQuota.ifPresent(quota -> cited.put(Metric.ADMISSIONS, cite(quota)));
        sourcesQuota.ifPresent(quota -> cited.put(Metric.SOURCES, cite(quota)));
        List<Progress.OtherPeriod> others = new ArrayList<>();
        List<Progress.Note> notes = new ArrayList<>();
        for (Quota quota : all) {
            Bounds other = terms.bounds(quota.period(), tree, code, today);
            if (quota.period().equals(period) || !other.overlaps(bounds) || !Metric.PLANNED.contains(quota.metric())) {
                continue;
            }
            Counts over = actuals(tree, code, other.from(), other.until());
            Figure figure = Figure.of(quota.total(), over.get(quota.metric(), Counter.TOTAL));
            others.add(new Progress.OtherPeriod(quota.period().code(), quota.metric(), figure, quota.plan().number()));
            boolean ownQuota = quotaFor(all, period, quota.metric()).isPresent();
            if (!ownQuota && quota.period().contains(period)) {
                notes.add(new Progress.Note(
                        "Không có chỉ tiêu " + vi(quota.metric()) + " riêng cho " + period.vietnamese() + "; chỉ tiêu "
                                + quota.period().vietnamese() + " là " + quota.total() + ", đến nay đạt "
                                + figure.actual() + ".",
                        "No " + en(quota.metric()) + " quota of its own for " + period.english() + "; the "
                                + quota.period().english() + " quota is " + quota.total() + ", " + figure.actual()
                                + " so far."));
            }
        }
        List<UnitCode> predecessors = tree.predecessors(code).stream()
                .filter(predecessor -> spans.stream().anyMatch(span -> span.units().contains(predecessor))).toList();
        if (!predecessors.isEmpty()) {
            notes.add(new Progress.Note("Gồm số liệu trước hợp nhất của " + join(predecessors) + ".",
                    "Includes the figures of " + join(predecessors) + " from before they merged into this unit."));
        }
        if (counts.get(Metric.ADMISSIONS, Counter.YOUTH_UNION) + counts.get(Metric.ADMISSIONS, Counter.TRADE_UNION)
                > counts.get(Metric.ADMISSIONS, Counter.TOTAL)) {
            notes.add(new Progress.Note(
                    "Kết quả đếm mỗi người một lần: đoàn viên thanh niên và đoàn viên công đoàn là số \"trong đó\", "
                            + "một người thuộc cả hai tổ chức được tính ở cả hai, nên hai số cộng lại lớn hơn tổng "
                            + "số; chỉ tiêu của kế hoạch (nếu có) chia tổng số cho hai tổ chức.",
                    "Each person is counted once: youth-union and trade-union members are \"of which\" parts, a "
                            + "person in both counted in both, so the two add up to more than the total; a plan's "
                            + "quota, if any, splits the total between them."));
        }
        Set<UnitCode> now = tree.subtree(code, today, today.plusDays(1)).stream().findFirst()
                .map(Span::units).orElse(counted);

        return Optional.of(new Progress(code.value(), unit.get().name(), period.code(),
                Figure.of(admissionsQuota.map(Quota::total).orElse(null), counts.get(Metric.ADMISSIONS, Counter.TOTAL)),
                breakdown(Metric.ADMISSIONS, Counter.ATTRIBUTES, admissionsQuota, counts),
                Figure.of(sourcesQuota.map(Quota::total).orElse(null), counts.get(Metric.SOURCES, Counter.TOTAL)),
                breakdown(Metric.SOURCES, Counter.INTRODUCERS, sourcesQuota, counts),
                counted.size(), pipeline(counts), stock.of(now), cited, others, ratios(code, period, counts),
                predecessors.stream().map(UnitCode::value).toList(), notes,
                AdmittedPeople.of(counts, organisations(tree, spans, Metric.ADMISSIONS),
                        organisations(tree, spans, Metric.SOURCES))));
    }

    /**
     * The grassroots organisations (đảng bộ cơ sở, chi bộ cơ sở) of the spans that counted something in {@code metric}:
     * a unit that counted is placed in its own grassroots organisation or the nearest one above it as the tree stood
     * then, and each organisation counts once. A unit above the grassroots level that counted itself (none beneath
     * it does) counts as one.
     */
    private long organisations(UnitTree tree, List<Span> spans, Metric metric) {
        Set<UnitCode> organisations = new HashSet<>();
        for (Span span : spans) {
            for (UnitCode unit : tallies.countingIn(metric, span.units(), span.from(), span.until())) {
                organisations.add(tree.grassrootsOf(unit, span.from()));
            }
        }
        return organisations.size();
    }

    /**
     * The unit's quotas, those of units merged into it carried unless it was given its own for the period and metric
     * ({@link Succession}); a chain of merges carries along the chain.
     */
    public List<Quota> quotasOf(UnitTree tree, UnitCode code) {
        return quotasOf(tree, code, new HashSet<>(Set.of(code)));
    }

    private List<Quota> quotasOf(UnitTree tree, UnitCode code, Set<UnitCode> seen) {
        List<Succession.Predecessor> direct = new ArrayList<>();
        for (UnitCode predecessor : tree.predecessors(code)) {
            tree.closure(predecessor).filter(closure -> code.equals(closure.successor()) && seen.add(predecessor))
                    .ifPresent(closure -> direct.add(new Succession.Predecessor(predecessor,
                            tree.latest(predecessor).map(Unit::kind).orElse(UnitKind.OTHER), closure.on(),
                            quotasOf(tree, predecessor, seen))));
        }
        return Succession.inForce(code, quotas.of(code), direct, terms);
    }

    private static Optional<Quota> quotaFor(List<Quota> quotas, Period period, Metric metric) {
        return quotas.stream().filter(quota -> quota.period().equals(period) && quota.metric() == metric).findFirst();
    }

    /**
     * The unit's ratio and range targets for the period (see {@link TargetBook}) against {@code counts}, the actuals of
     * the whole period: what a report, a rating and the progress API judge.
     */
    public List<Progress.RatioProgress> ratios(UnitCode unit, Period period, Counts counts) {
        return ratios(unit, period, counts, null, metric -> 1);
    }

    /**
     * The same, judged part-way through the period, as a status judges a quota: {@code counts} are the actuals up to the
     * end of {@code asOf}, and a target that grows with time (a count of classes, a share of membership) is not met
     * only when below what its bottom asks by the day, {@code shareDue} of it for the target's metric (the status's
     * pace; 1 once the period is over). A share of admissions (the ≥ 70 % youth-union part) needs no pace.
     *
     * @param asOf null when {@code counts} cover the whole period
     */
    public List<Progress.RatioProgress> ratios(UnitCode unit, Period period, Counts counts, LocalDate asOf,
                                               ToDoubleFunction<Metric> shareDue) {
        List<Progress.RatioProgress> ratios = new ArrayList<>();
        for (TargetBook.InForce inForce : targets.of(unit, period)) {
            Metric metric = inForce.target().metric();
            long total = counts.get(metric, Counter.TOTAL);
            double due = asOf == null ? 1 : Math.min(1, shareDue.applyAsDouble(metric));
            for (RatioTarget ratio : inForce.target().ratios()) {
                ratios.add(switch (ratio) {
                    case RatioTarget.ShareOfQuota share -> shareOf(share, total, counts, metric, inForce.plan());
                    case RatioTarget.ShareOfMembership rate -> shareOfMembership(rate, total, metric, unit, period,
                            inForce.plan(), due < 1 ? asOf : null, due);
                });
            }
            inForce.target().count().ifPresent(count -> ratios.add(classes(count, total, period, inForce.plan(),
                    due < 1 ? asOf : null, due)));
        }
        return ratios;
    }

    private static Progress.RatioProgress shareOf(RatioTarget.ShareOfQuota share, long total, Counts counts,
                                                  Metric metric, String plan) {
        Attribute attribute = share.attribute();
        long part = counts.get(metric, Counter.valueOf(attribute.name()));
        BigDecimal percent = total == 0 ? null : percent(part, total);
        Fulfilment fulfilment = share.judge(part, total).orElse(null);
        return new Progress.RatioProgress(attribute.name(), share.atLeastPercent(), null, part, total, percent,
                met(fulfilment), fulfilment, fulfilment == null ? null : fulfilment.vietnamese(), plan,
                attribute.vietnamese() + " " + share.rangeVi() + ": " + part + "/"
                        + total + (percent == null ? "" : " = " + percent.toPlainString().replace('.', ',') + "%")
                        + verdictVi(fulfilment),
                share.rangeEn() + " " + attribute.english() + ": " + part + "/"
                        + total + (percent == null ? "" : " = " + percent.toPlainString() + "%") + verdictEn(fulfilment),
                Progress.RatioProgress.shareOf(attribute.name()), metric, null, null, null);
    }

    /** @param asOf the day judged part-way through the period, {@code due} of it due; null for the whole period */
    private Progress.RatioProgress shareOfMembership(RatioTarget.ShareOfMembership rate, long admitted, Metric metric,
                                                     UnitCode unit, Period period, String plan, LocalDate asOf,
                                                     double due) {
        OptionalInt members = period.kind() == Period.Kind.YEAR ? memberships.of(unit, period.year()) : OptionalInt.empty();
        BigDecimal atMost = rate.atMostPercent().orElse(null);
        if (members.isEmpty() || members.getAsInt() == 0) {
            return new Progress.RatioProgress(null, rate.atLeastPercent(), atMost, admitted, null, null, null, null,
                    null, plan,
                    "Kết nạp " + rate.rangeVi() + " tổng số đảng viên: chưa có số đảng viên " + period.vietnamese() + ".",
                    "Admit " + rate.rangeEn() + " of membership: no membership count for " + period.english() + " yet.",
                    Progress.RatioProgress.MEMBERSHIP_SHARE, metric, null, null, null);
        }
        int whole = members.getAsInt();
        BigDecimal percent = percent(admitted, whole);
        Fulfilment fulfilment = rate.judge(admitted, whole).orElseThrow();
        Long expected = null;
        if (asOf != null) {
            // The year's bottom, scaled by the pace and rounded down as a status rounds a quota's expected count.
            expected = rate.atLeastPercent().multiply(BigDecimal.valueOf(whole)).multiply(BigDecimal.valueOf(due))
                    .divide(HUNDRED, 0, RoundingMode.FLOOR).longValueExact();
            if (fulfilment == Fulfilment.NOT_MET && admitted >= expected) {
                fulfilment = Fulfilment.MET;
            }
        }
        return new Progress.RatioProgress(null, rate.atLeastPercent(), atMost, admitted, (long) whole, percent,
                met(fulfilment), fulfilment, fulfilment.vietnamese(), plan,
                "Kết nạp " + rate.rangeVi() + " tổng số đảng viên: " + admitted + "/" + whole + " = "
                        + percent.toPlainString().replace('.', ',') + "%" + paceVi(asOf, expected)
                        + verdictVi(fulfilment),
                "Admit " + rate.rangeEn() + " of membership: " + admitted + "/" + whole + " = "
                        + percent.toPlainString() + "%" + paceEn(asOf, expected) + verdictEn(fulfilment),
                Progress.RatioProgress.MEMBERSHIP_SHARE, metric, null, null, expected);
    }

    /** @param asOf the day judged part-way through the period, {@code due} of it due; null for the whole period */
    private static Progress.RatioProgress classes(CountRange count, long held, Period period, String plan,
                                                  LocalDate asOf, double due) {
        Fulfilment fulfilment = count.judge(held, due);
        Long expected = asOf == null ? null : count.expectedBy(due);
        return new Progress.RatioProgress(null, null, null, held, null, null, met(fulfilment), fulfilment,
                fulfilment.vietnamese(), plan,
                "Tổ chức " + count.rangeVi() + " lớp bồi dưỡng nhận thức về Đảng " + period.vietnamese() + ": " + held
                        + " lớp" + paceVi(asOf, expected) + verdictVi(fulfilment),
                "Hold " + count.rangeEn() + " awareness classes in " + period.english() + ": " + held
                        + paceEn(asOf, expected) + verdictEn(fulfilment),
                Metric.AWARENESS_CLASSES.name(), Metric.AWARENESS_CLASSES, count.atLeast(), count.atMost(), expected);
    }

    private static String paceVi(LocalDate asOf, Long expected) {
        return asOf == null ? "" : ", theo tiến độ cần " + expected + " đến ngày " + asOf;
    }

    private static String paceEn(LocalDate asOf, Long expected) {
        return asOf == null ? "" : ", the pace asks " + expected + " by " + asOf;
    }

    private static Boolean met(Fulfilment fulfilment) {
        return fulfilment == null ? null : fulfilment != Fulfilment.NOT_MET;
    }

    private static String verdictVi(Fulfilment fulfilment) {
        return fulfilment == null ? "" : " (" + fulfilment.vietnamese() + ")";
    }

    private static String verdictEn(Fulfilment fulfilment) {
        return fulfilment == null ? "" : " (" + fulfilment.english() + ")";
    }

    private static BigDecimal percent(long part, long whole) {
        return BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    private static Progress.PlanCited cite(Quota quota) {
        return new Progress.PlanCited(quota.plan().number(), quota.plan().issuedOn().orElse(null),
                quota.plan().issuedBy().orElse(null), quota.issuedBy().value());
    }

    private static Map<Counter, Figure> breakdown(Metric metric, Set<Counter> counters, Optional<Quota> quota,
                                                  Counts counts) {
        Map<Counter, Figure> figures = new EnumMap<>(Counter.class);
        for (Counter counter : counters) {
            Integer part = quota.flatMap(q -> Attribute.named(counter.name()).map(q.breakdown()::get)).orElse(null);
            figures.put(counter, Figure.of(part, counts.get(metric, counter)));
        }
        return figures;
    }

    private static Map<Metric, Long> pipeline(Counts counts) {
        Map<Metric, Long> pipeline = new EnumMap<>(Metric.class);
        PIPELINE.forEach(metric -> pipeline.put(metric, counts.get(metric, Counter.TOTAL)));
        return pipeline;
    }

    private static String join(List<UnitCode> units) {
        return String.join(", ", units.stream().map(UnitCode::value).toList());
    }

    static String vi(Metric metric) {
        return metric == Metric.SOURCES ? "tạo nguồn" : "kết nạp";
    }

    static String en(Metric metric) {
        return metric == Metric.SOURCES ? "source" : "admission";
    }
}
