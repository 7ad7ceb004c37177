package vn.pdv.aggregator.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.quota.Metric;
import vn.pdv.aggregator.quota.Period;

/** Judges units against their quotas: met, on track, at risk or lagging. */
public interface Statuses {

    /** One unit's status; empty when the unit is unknown. */
    Optional<UnitStatus> of(UnitCode unit, Metric metric, Period period, LocalDate asOf);

    /** The status of every unit that has a quota for the metric in a period containing {@code asOf}. */
    List<UnitStatus> all(LocalDate asOf);
}
