package vn.pdv.aggregator.fulfilment;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import vn.pdv.aggregator.hierarchy.Hierarchy;
import vn.pdv.aggregator.hierarchy.Unit;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.plan.Period;
import vn.pdv.aggregator.quota.Metric;
import vn.pdv.aggregator.quota.Quota;
import vn.pdv.aggregator.quota.Quotas;

/** Answers "how far has this unit come this year": its quota, its subtree's actuals, per cent of plan. */
@Service
public class ProgressReport {

    private final Hierarchy hierarchy;
    private final Tallies tallies;
    private final PipelineStock stock;
    private final Quotas quotas;

    ProgressReport(Hierarchy hierarchy, Tallies tallies, PipelineStock stock, Quotas quotas) {
        this.hierarchy = hierarchy;
        this.tallies = tallies;
        this.stock = stock;
        this.quotas = quotas;
    }

    private static final Set<Metric> PIPELINE = EnumSet.of(Metric.SYMPATHISERS_ADDED, Metric.SYMPATHISERS_REMOVED,
            Metric.CERTIFICATES, Metric.RECOGNITIONS, Metric.EXITS);

    /**
     * Empty when the unit is unknown. Quotas are yearly for now, so a period other than a year has actuals but no
     * quota.
     */
    public Optional<Progress> of(UnitCode code, Period period) {
        Optional<Unit> unit = hierarchy.find(code);
        if (unit.isEmpty()) {
            return Optional.empty();
        }
        Set<UnitCode> subtree = hierarchy.subtree(code);
        Counts counts = tallies.sum(subtree, period.from(), period.until());
        boolean yearly = period.kind() == Period.Kind.YEAR;
        Optional<Quota> admissionsQuota = yearly ? quotas.findFor(code, period.year(), Metric.ADMISSIONS) : Optional.empty();
        Optional<Quota> sourcesQuota = yearly ? quotas.findFor(code, period.year(), Metric.SOURCES) : Optional.empty();

        return Optional.of(new Progress(code.value(), unit.get().name(), period.code(),
                Figure.of(admissionsQuota.map(Quota::total).orElse(null), counts.get(Metric.ADMISSIONS, Counter.TOTAL)),
                breakdown(Metric.ADMISSIONS, Counter.ATTRIBUTES, admissionsQuota, counts),
                Figure.of(sourcesQuota.map(Quota::total).orElse(null), counts.get(Metric.SOURCES, Counter.TOTAL)),
                breakdown(Metric.SOURCES, Counter.INTRODUCERS, sourcesQuota, counts),
                subtree.size(), pipeline(counts), stock.of(subtree)));
    }

    private static Map<Counter, Figure> breakdown(Metric metric, Set<Counter> counters, Optional<Quota> quota,
                                                  Counts counts) {
        Map<Counter, Figure> figures = new EnumMap<>(Counter.class);
        for (Counter counter : counters) {
            Integer part = quota.map(q -> q.breakdown().get(counter.name())).orElse(null);
            figures.put(counter, Figure.of(part, counts.get(metric, counter)));
        }
        return figures;
    }

    private static Map<Metric, Long> pipeline(Counts counts) {
        Map<Metric, Long> pipeline = new EnumMap<>(Metric.class);
        PIPELINE.forEach(metric -> pipeline.put(metric, counts.get(metric, Counter.TOTAL)));
        return pipeline;
    }
}
