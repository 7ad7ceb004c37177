package vn.pdv.aggregator.plan;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.quota.Period;
import vn.pdv.aggregator.quota.PlanReference;
import vn.pdv.aggregator.quota.Quota;

/**
 * The outcome of importing a plan: the quotas that are sound, and a warning for everything that is not. A plan with
 * mistakes still loads; only the cells the warnings name are held back.
 *
 * @param plan     the plan every quota cites; empty only when no plan number was found and so nothing loaded
 * @param issuedBy the committee that issued the plan; empty only when nothing loaded
 * @param units    the units the plan lists, in table order, duplicates removed
 * @param quotas   the sound quotas, in table order then period order
 * @param sums     per period, what the quotas add up to as written
 * @param targets  the plan's own targets for its metric (given by the caller, else read above the table)
 * @param warnings row findings in table order, then findings about the plan as a whole
 */
public record PlanImport(Optional<PlanReference> plan, Optional<UnitCode> issuedBy, List<ListedUnit> units,
                         List<Quota> quotas, List<PeriodSums> sums, List<PlanTarget> targets,
                         List<PlanWarning> warnings) {

    public PlanImport {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(issuedBy, "issuedBy");
        units = List.copyOf(units);
        quotas = List.copyOf(quotas);
        sums = List.copyOf(sums);
        targets = List.copyOf(targets);
        warnings = List.copyOf(warnings);
    }

    public List<Quota> quotasFor(Period period) {
        return quotas.stream().filter(quota -> quota.period().equals(period)).toList();
    }

    public Optional<Quota> quotaOf(UnitCode unit, Period period) {
        return quotas.stream()
                .filter(quota -> quota.target().equals(unit) && quota.period().equals(period))
                .findFirst();
    }

    public Optional<PeriodSums> sumsFor(Period period) {
        return sums.stream().filter(sum -> sum.period().equals(period)).findFirst();
    }

    public List<PlanWarning> warnings(PlanWarning.Rule rule) {
        return warnings.stream().filter(warning -> warning.rule() == rule).toList();
    }

    public boolean isClean() {
        return warnings.isEmpty();
    }
}
