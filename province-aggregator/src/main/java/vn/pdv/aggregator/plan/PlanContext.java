package vn.pdv.aggregator.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.quota.Attribute;
import vn.pdv.aggregator.quota.MembershipCounts;
import vn.pdv.aggregator.quota.Metric;
import vn.pdv.aggregator.quota.Period;
import vn.pdv.aggregator.quota.PlanReference;
import vn.pdv.aggregator.quota.Quota;

/**
 * What the caller knows about a plan that its table does not print, and the data the checks compare it with.
 * Everything is optional: a check whose data is missing is skipped, not failed.
 *
 * @param issuingUnit          the committee that issued the plan; if empty, read from the plan number's suffix
 * @param plan                 the plan reference; overrides one printed above the table
 * @param metric               what the table's quotas count; admissions unless said otherwise
 * @param targets              the plan's own targets; override those read from the text above the table
 * @param expectedPeriods      periods the table must have columns for
 * @param defaultPeriod        the period of a table whose header names none (a one-year table)
 * @param knownUnits           registered units, to flag unknown ones and give code-less rows their codes
 * @param unitsWithoutSources  units known to have no sources, which therefore should get no quota
 * @param membership           membership counts by unit and year, for targets given as a share of membership
 * @param received             quotas assigned to the issuing unit from above, to compare this plan with
 * @param partsAddingUpToTotal attributes whose columns split the total between them, so must add up to it. Seed
 *                             001's youth-union and trade-union columns do; in a table where they overlap ("of
 *                             which") pass an empty set and only "no part above the total" is checked
 */
public record PlanContext(Optional<UnitCode> issuingUnit, Optional<PlanReference> plan, Metric metric,
                          List<PlanTarget> targets, List<Period> expectedPeriods, Optional<Period> defaultPeriod,
                          Optional<KnownUnits> knownUnits, Set<UnitCode> unitsWithoutSources,
                          MembershipCounts membership, List<Quota> received,
                          Set<Attribute> partsAddingUpToTotal) {

    public PlanContext {
        Objects.requireNonNull(issuingUnit, "issuingUnit");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(defaultPeriod, "defaultPeriod");
        Objects.requireNonNull(knownUnits, "knownUnits");
        targets = List.copyOf(targets);
        expectedPeriods = List.copyOf(expectedPeriods);
        unitsWithoutSources = Set.copyOf(unitsWithoutSources);
        Objects.requireNonNull(membership, "membership");
        received = List.copyOf(received);
        partsAddingUpToTotal = Set.copyOf(partsAddingUpToTotal);
    }

    /** Nothing known beyond the table itself. */
    public static PlanContext none() {
        return new PlanContext(Optional.empty(), Optional.empty(), Metric.ADMISSIONS, List.of(), List.of(),
                Optional.empty(), Optional.empty(), Set.of(), MembershipCounts.none(), List.of(),
                EnumSet.of(Attribute.YOUTH_UNION, Attribute.TRADE_UNION));
    }

    public static PlanContext issuedBy(UnitCode issuingUnit) {
        return none().withIssuingUnit(issuingUnit);
    }

    public PlanContext withIssuingUnit(UnitCode unit) {
        return new PlanContext(Optional.of(unit), plan, metric, targets, expectedPeriods, defaultPeriod, knownUnits,
                unitsWithoutSources, membership, received, partsAddingUpToTotal);
    }

    public PlanContext withPlan(PlanReference reference) {
        return new PlanContext(issuingUnit, Optional.of(reference), metric, targets, expectedPeriods, defaultPeriod,
                knownUnits, unitsWithoutSources, membership, received, partsAddingUpToTotal);
    }

    public PlanContext withMetric(Metric newMetric) {
        return new PlanContext(issuingUnit, plan, newMetric, targets, expectedPeriods, defaultPeriod, knownUnits,
                unitsWithoutSources, membership, received, partsAddingUpToTotal);
    }

    public PlanContext withTargets(PlanTarget... newTargets) {
        return new PlanContext(issuingUnit, plan, metric, List.of(newTargets), expectedPeriods, defaultPeriod,
                knownUnits, unitsWithoutSources, membership, received, partsAddingUpToTotal);
    }

    public PlanContext expecting(Period... periods) {
        return new PlanContext(issuingUnit, plan, metric, targets, List.of(periods), defaultPeriod, knownUnits,
                unitsWithoutSources, membership, received, partsAddingUpToTotal);
    }

    public PlanContext withDefaultPeriod(Period period) {
        return new PlanContext(issuingUnit, plan, metric, targets, expectedPeriods, Optional.of(period), knownUnits,
                unitsWithoutSources, membership, received, partsAddingUpToTotal);
    }

    public PlanContext withKnownUnits(KnownUnits known) {
        return new PlanContext(issuingUnit, plan, metric, targets, expectedPeriods, defaultPeriod, Optional.of(known),
                unitsWithoutSources, membership, received, partsAddingUpToTotal);
    }

    public PlanContext withUnitsWithoutSources(Collection<UnitCode> units) {
        return new PlanContext(issuingUnit, plan, metric, targets, expectedPeriods, defaultPeriod, knownUnits,
                Set.copyOf(units), membership, received, partsAddingUpToTotal);
    }

    public PlanContext withMembership(MembershipCounts counts) {
        return new PlanContext(issuingUnit, plan, metric, targets, expectedPeriods, defaultPeriod, knownUnits,
                unitsWithoutSources, counts, received, partsAddingUpToTotal);
    }

    public PlanContext withReceived(Collection<Quota> quotas) {
        return new PlanContext(issuingUnit, plan, metric, targets, expectedPeriods, defaultPeriod, knownUnits,
                unitsWithoutSources, membership, new ArrayList<>(quotas), partsAddingUpToTotal);
    }

    public PlanContext withPartsAddingUpToTotal(Attribute... attributes) {
        return new PlanContext(issuingUnit, plan, metric, targets, expectedPeriods, defaultPeriod, knownUnits,
                unitsWithoutSources, membership, received, Set.copyOf(Arrays.asList(attributes)));
    }
}
