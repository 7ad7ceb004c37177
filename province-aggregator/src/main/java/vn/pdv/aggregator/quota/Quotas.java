package vn.pdv.aggregator.quota;

import java.util.List;
import java.util.Optional;
import vn.pdv.aggregator.hierarchy.Origin;
import vn.pdv.aggregator.hierarchy.UnitCode;

/**
 * Quotas by unit, period (year, half-year, quarter, term) and metric, each citing the plan that set it. They come
 * from committees' {@code QuotaAssigned} events and from imported plan tables; for one unit, period and metric the
 * latest assignment wins, whichever way it came.
 */
public interface Quotas {

    /** From a committee's event; an older or repeated event of the same log changes nothing. */
    default void assign(Origin origin, Quota quota) {
        assignAll(List.of(new Assigned(origin, quota)));
    }

    /** A quota from a committee's event, with the event's place in its log. */
    record Assigned(Origin origin, Quota quota) {
    }

    /** {@link #assign} for a batch of events, in the order their logs produced them. */
    void assignAll(List<Assigned> assignments);

    /**
     * {@link #assignAll} for events taken in after their logs' progress had passed them (kept waiting for a unit the
     * province had not heard of): every instance still answers them.
     */
    void assignAllLate(List<Assigned> assignments);

    /** From an imported plan. */
    void record(Quota quota);

    Optional<Quota> findFor(UnitCode unit, Period period, Metric metric);

    /** Shorthand for the year's quota. */
    default Optional<Quota> findFor(UnitCode unit, int year, Metric metric) {
        return findFor(unit, Period.year(year), metric);
    }

    /** Every quota of the unit, any period and metric. */
    List<Quota> of(UnitCode unit);

    List<Quota> all();
}
