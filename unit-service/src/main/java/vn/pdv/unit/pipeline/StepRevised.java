package vn.pdv.unit.pipeline;

import java.time.LocalDate;
import vn.pdv.unit.organisation.UnitCode;

/**
 * A recorded step of a candidate corrected or voided: an event of its own in the committee's log, published to the
 * province so that every figure the step counted moves (a correction) or is taken back (a void). The reason stays in
 * the committee's log and history; the published record leaves it out.
 */
public sealed interface StepRevised {

    CandidateId candidate();

    /** The step's place in the candidate's history, from 1. */
    int step();

    /** Where the log holds the step as first recorded; null for a step recorded before candidates kept it. */
    LogPlace revisedPlace();

    /** The day the revision counts on: the corrected step's new day, or the voided step's. */
    LocalDate occurredOn();

    String reason();

    /**
     * @param before   the step as it counted until now
     * @param after    as it counts from now on, with the findings its new values give
     * @param stageNow the candidate's stage, which a correction never changes
     */
    record StepCorrected(CandidateId candidate, int step, LogPlace revisedPlace, CandidateEvent before,
                         CandidateEvent after, Stage stageNow, String reason) implements StepRevised {

        @Override
        public LocalDate occurredOn() {
            return after.occurredOn();
        }
    }

    /**
     * @param voided    the step as it counted until now
     * @param stageNow  the stage before the step, which the candidate is back at
     * @param branchNow the candidate's branch after the void
     */
    record StepVoided(CandidateId candidate, int step, LogPlace revisedPlace, CandidateEvent voided, Stage stageNow,
                      UnitCode branchNow, String reason) implements StepRevised {

        @Override
        public LocalDate occurredOn() {
            return voided.occurredOn();
        }
    }
}
