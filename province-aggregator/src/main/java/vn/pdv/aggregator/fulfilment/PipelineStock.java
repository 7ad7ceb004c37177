package vn.pdv.aggregator.fulfilment;

import java.util.Map;
import java.util.Set;
import vn.pdv.aggregator.hierarchy.UnitCode;

/**
 * How many candidates stand in each stage right now, across some units: the pipeline that must fill the quota
 * still open (a unit with no sources cannot meet its quota).
 */
public interface PipelineStock {

    /** Every stage, 0 where none stands. */
    Map<Stage, Long> of(Set<UnitCode> units);
}
