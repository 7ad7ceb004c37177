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
    void assign(Origin origin, Quota quota);

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
