package vn.pdv.aggregator.fulfilment;

import java.util.Map;
import java.util.Set;
import vn.pdv.aggregator.hierarchy.UnitCode;

/**
 * How many candidates stand in each stage right now, across some units: the pipeline that must fill the quota
 * still open (a unit with no sources cannot meet its quota). Each candidate stands in one stage, the furthest its
 * events have taken it; an exit ends that wherever it was.
 */
public interface PipelineStock {

    /** Every stage, 0 where none stands. */
    Map<Stage, Long> of(Set<UnitCode> units);

    /** Each unit where at least one candidate stands {@link Stage#BEFORE_ADMISSION}, with how many. */
    Map<UnitCode, Long> beforeAdmissionByUnit();

    /** The candidates standing {@link Stage#BEFORE_ADMISSION} in these units. */
    default long beforeAdmission(Set<UnitCode> units) {
        Map<Stage, Long> stages = of(units);
        return Stage.BEFORE_ADMISSION.stream().mapToLong(stage -> stages.getOrDefault(stage, 0L)).sum();
    }
}
