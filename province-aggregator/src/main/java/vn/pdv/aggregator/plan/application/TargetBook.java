package vn.pdv.aggregator.plan.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import vn.pdv.aggregator.hierarchy.Hierarchy;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.hierarchy.UnknownUnit;
import vn.pdv.aggregator.plan.EnteredTarget;
import vn.pdv.aggregator.plan.ImportedPlan;
import vn.pdv.aggregator.plan.PlanTarget;
import vn.pdv.aggregator.plan.Plans;
import vn.pdv.aggregator.plan.Targets;
import vn.pdv.aggregator.quota.Metric;
import vn.pdv.aggregator.quota.Period;
import vn.pdv.aggregator.quota.PlanReference;

/**
 * The one answer to "what targets does this unit hold for this period": those the plans it issued set for it
 * (imported tables), and those entered through the API. For one unit, period and metric the later of the two holds,
 * as for quotas: an entered target replaces what an earlier plan set, a plan imported afterwards replaces it back.
 */
@Service
public class TargetBook {

    /** A target in force, with the number of the document that set it. */
    public record InForce(String plan, PlanTarget target) {
    }

    private final Plans plans;
    private final Targets targets;
    private final Hierarchy hierarchy;
    private final Clock clock;

    TargetBook(Plans plans, Targets targets, Hierarchy hierarchy, Clock clock) {
        this.plans = plans;
        this.targets = targets;
        this.hierarchy = hierarchy;
        this.clock = clock;
    }

    /** @throws UnknownUnit when nobody registered the unit */
    public EnteredTarget enter(UnitCode unit, PlanReference plan, PlanTarget target) {
        if (!hierarchy.tree().knows(unit)) {
            throw new UnknownUnit(unit);
        }
        EnteredTarget entered = new EnteredTarget(unit, plan, target, clock.instant());
        targets.enter(entered);
        return entered;
    }

    /** Every unit that issued a plan with targets of its own or was given one through the API, each once. */
    public Set<UnitCode> holders() {
        Set<UnitCode> holders = new LinkedHashSet<>();
        plans.all().stream().filter(plan -> !plan.targets().isEmpty()).map(ImportedPlan::issuedBy).forEach(holders::add);
        targets.all().stream().map(EnteredTarget::unit).forEach(holders::add);
        return holders;
    }

    public List<InForce> of(UnitCode unit, Period period) {
        List<ImportedPlan> issued = plans.issuedBy(unit);
        List<EnteredTarget> entered = targets.of(unit);
        List<InForce> inForce = new ArrayList<>();
        for (Metric metric : Metric.TARGETED) {
            Optional<EnteredTarget> own = entered.stream()
                    .filter(each -> each.target().period().equals(period) && each.target().metric() == metric)
                    .findFirst();
            List<ImportedPlan> setting = issued.stream().filter(plan -> plan.targets().stream()
                    .anyMatch(target -> target.period().equals(period) && target.metric() == metric)).toList();
            boolean enteredLater = own.isPresent() && setting.stream()
                    .allMatch(plan -> plan.importedAt().isBefore(own.get().enteredAt()));
            if (enteredLater) {
                inForce.add(new InForce(own.get().plan().number(), own.get().target()));
                continue;
            }
            setting.forEach(plan -> plan.targets().stream()
                    .filter(target -> target.period().equals(period) && target.metric() == metric)
                    .forEach(target -> inForce.add(new InForce(plan.plan().number(), target))));
        }
        return inForce;
    }
}
