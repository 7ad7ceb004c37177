package vn.pdv.aggregator.fulfilment;

import java.util.Map;
import java.util.Set;
import vn.pdv.aggregator.Origin;
import vn.pdv.aggregator.hierarchy.UnitCode;

/**
 * How many candidates stand in each stage right now, across some units: the pipeline that must fill the quota
 * still open (a unit with no sources cannot meet its quota). Each candidate stands in one stage, the furthest its
 * events have taken it; an exit ends that wherever it was.
 */
public interface PipelineStock {

    /**
     * Moves a candidate (by pseudonymous id) to a stage, once per origin; a stage behind the one the candidate
     * already reached (a certificate renewed late, say) leaves them where they are.
     *
     * @return false when nothing changed
     */
    boolean move(Origin origin, String candidateId, UnitCode unit, Stage stage);

    /** Every stage, 0 where none stands. */
    Map<Stage, Long> of(Set<UnitCode> units);
}
