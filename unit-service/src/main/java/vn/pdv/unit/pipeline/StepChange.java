package vn.pdv.unit.pipeline;

import java.time.LocalDate;
import vn.pdv.unit.organisation.UnitCode;

/**
 * What a clerk corrects on a recorded step; a null part stays as recorded.
 *
 * @param effectiveOn    the day the step really happened (the ceremony, the decision…)
 * @param branch         the branch the step really belongs to; the candidate moves there with it
 * @param decisionNumber the decision's (resolution's, certificate's) number, for the steps that carry one
 */
public record StepChange(LocalDate effectiveOn, UnitCode branch, String decisionNumber) {

    public boolean isEmpty() {
        return effectiveOn == null && branch == null && (decisionNumber == null || decisionNumber.isBlank());
    }
}
