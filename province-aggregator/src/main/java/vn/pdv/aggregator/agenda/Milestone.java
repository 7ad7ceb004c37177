package vn.pdv.aggregator.agenda;

import java.time.LocalDate;
import vn.pdv.aggregator.fulfilment.Stage;
import vn.pdv.aggregator.hierarchy.Origin;
import vn.pdv.aggregator.hierarchy.UnitCode;

/**
 * What one event tells the agenda about a candidate: where they stand now, and the day of the step it dates.
 *
 * @param stage  the stage the candidate stands at afterwards
 * @param exact  they stand exactly there, even behind where they stood (a void, a correction); a step only moves them
 *               forward, as in the pipeline stock
 * @param dated   the step whose day {@code on} is (a branch's vote, a proposal...), null when the event dates none (a
 *                void: the voided step's day no longer matters once the candidate is back a stage)
 * @param arrival the candidate was taken in from another committee by this log's (issue 13), as {@code Move.arrival}
 *                says for the stock: from now on only this log moves them
 */
public record Milestone(Origin origin, String candidateId, UnitCode branch, Stage stage, boolean exact, Stage dated,
                        LocalDate on, boolean arrival) {

    public Milestone(Origin origin, String candidateId, UnitCode branch, Stage stage, boolean exact, Stage dated,
                     LocalDate on) {
        this(origin, candidateId, branch, stage, exact, dated, on, false);
    }

    /**
     * A candidate taken in from another committee at {@code stage}: the transfer dates no step (the days of the
     * sending committee's steps the agenda kept, if its log came first, stay).
     */
    public static Milestone arrival(Origin origin, String candidateId, UnitCode branch, Stage stage) {
        return new Milestone(origin, candidateId, branch, stage, true, null, null, true);
    }

    /** A step taken: the candidate moves forward to it, and it happened on {@code on}. */
    public static Milestone step(Origin origin, String candidateId, UnitCode branch, Stage stage, LocalDate on) {
        return new Milestone(origin, candidateId, branch, stage, false, stage, on);
    }

    /** A step corrected: the candidate stands at {@code stageNow} in the step's branch, and the step now happened on {@code on}. */
    public static Milestone correction(Origin origin, String candidateId, UnitCode branch, Stage stageNow,
                                       Stage corrected, LocalDate on) {
        return new Milestone(origin, candidateId, branch, stageNow, true, corrected, on);
    }

    /** A step voided: the candidate stands back at {@code stageNow} in {@code branchNow}. */
    public static Milestone voiding(Origin origin, String candidateId, UnitCode branchNow, Stage stageNow) {
        return new Milestone(origin, candidateId, branchNow, stageNow, true, null, null);
    }
}
