package vn.pdv.aggregator.fulfilment;

import vn.pdv.aggregator.hierarchy.Origin;
import vn.pdv.aggregator.hierarchy.UnitCode;

/**
 * One event taking a candidate (by pseudonymous id) to a stage of the pipeline.
 *
 * @param exact the candidate stands exactly there afterwards, even behind where they stood: a void takes them back a
 *              stage, a correction may move them to another unit. A step only ever moves them forward.
 */
public record Move(Origin origin, String candidateId, UnitCode unit, Stage stage, boolean exact) {

    public Move(Origin origin, String candidateId, UnitCode unit, Stage stage) {
        this(origin, candidateId, unit, stage, false);
    }
}
