package vn.pdv.aggregator.candidate;

import java.time.LocalDate;
import vn.pdv.aggregator.fulfilment.Stage;
import vn.pdv.aggregator.hierarchy.Origin;
import vn.pdv.aggregator.hierarchy.UnitCode;

/**
 * What one event tells about a candidate (by pseudonymous id): where they stand afterwards, and the day of the step it
 * dates. The pipeline stock counts where candidates stand; the agenda reads the days its deadlines run from.
 *
 * @param unit    the branch the candidate stands in afterwards
 * @param stage   the stage they stand at afterwards
 * @param exact   they stand exactly there, even behind where they stood: a void takes them back a stage, a correction
 *                may move them to another unit. A step only ever moves them forward (a certificate renewed late leaves
 *                them where they are).
 * @param dated   the step whose day {@code on} is (a branch's vote, a proposal...), null when the event dates none (a
 *                void: the voided step's day no longer matters once the candidate is back a stage; an arrival)
 * @param arrival the candidate was taken in by the committee of {@code origin}'s log from another committee (issue
 *                13): they stand there from now on, and the steps the other committee's log still sends about them
 *                (its exit "moved to another unit", a backlog arriving late) no longer move them
 */
public record Move(Origin origin, String candidateId, UnitCode unit, Stage stage, boolean exact, Stage dated,
                   LocalDate on, boolean arrival) {

    /** A step taken on {@code on}: the candidate moves forward to it. */
    public static Move step(Origin origin, String candidateId, UnitCode branch, Stage stage, LocalDate on) {
        return new Move(origin, candidateId, branch, stage, false, stage, on, false);
    }

    /**
     * A step corrected: the candidate stands at {@code stageNow} in the step's branch, and the step {@code corrected}
     * now happened on {@code on}.
     */
    public static Move correction(Origin origin, String candidateId, UnitCode branch, Stage stageNow, Stage corrected,
                                  LocalDate on) {
        return new Move(origin, candidateId, branch, stageNow, true, corrected, on, false);
    }

    /** A step voided: the candidate stands back at {@code stageNow} in {@code branchNow}. */
    public static Move voiding(Origin origin, String candidateId, UnitCode branchNow, Stage stageNow) {
        return new Move(origin, candidateId, branchNow, stageNow, true, null, null, false);
    }

    /**
     * A candidate taken in from another committee at {@code stage}: the transfer dates no step (the days of the sending
     * committee's steps, if its log came first, stay).
     */
    public static Move arrival(Origin origin, String candidateId, UnitCode branch, Stage stage) {
        return new Move(origin, candidateId, branch, stage, true, null, null, true);
    }
}
