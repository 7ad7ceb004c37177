package vn.pdv.aggregator.fulfilment;

import vn.pdv.aggregator.hierarchy.Origin;
import vn.pdv.aggregator.hierarchy.UnitCode;

/**
 * One event taking a candidate (by pseudonymous id) to a stage of the pipeline.
 *
 * @param exact   the candidate stands exactly there afterwards, even behind where they stood: a void takes them back a
 *                stage, a correction may move them to another unit. A step only ever moves them forward.
 * @param arrival the candidate was taken in by the committee of {@code origin}'s log from another committee (issue
 *                13): they stand there from now on, and the steps the other committee's log still sends about them
 *                (its exit "moved to another unit", a backlog arriving late) no longer move them
 */
public record Move(Origin origin, String candidateId, UnitCode unit, Stage stage, boolean exact, boolean arrival) {

    public Move(Origin origin, String candidateId, UnitCode unit, Stage stage, boolean exact) {
        this(origin, candidateId, unit, stage, exact, false);
    }

    public Move(Origin origin, String candidateId, UnitCode unit, Stage stage) {
        this(origin, candidateId, unit, stage, false, false);
    }

    /** A candidate taken in from another committee at {@code stage}. */
    public static Move arrival(Origin origin, String candidateId, UnitCode unit, Stage stage) {
        return new Move(origin, candidateId, unit, stage, true, true);
    }
}
