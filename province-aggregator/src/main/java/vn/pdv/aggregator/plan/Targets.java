package vn.pdv.aggregator.plan;

import java.util.List;
import vn.pdv.aggregator.hierarchy.UnitCode;

/** Targets entered through the API, one per unit, period and metric: entering another replaces it. */
public interface Targets {

    void enter(EnteredTarget target);

    List<EnteredTarget> of(UnitCode unit);

    /** Every target entered, for a sweep over all units that hold one. */
    List<EnteredTarget> all();
}
