package vn.pdv.aggregator.quota;

import java.util.Optional;
import vn.pdv.aggregator.Origin;
import vn.pdv.aggregator.hierarchy.UnitCode;

/** Yearly quotas by unit and metric; the latest assignment from a committee's log wins. */
public interface Quotas {

    void assign(Origin origin, Quota quota);

    Optional<Quota> findFor(UnitCode unit, int year, Metric metric);
}
