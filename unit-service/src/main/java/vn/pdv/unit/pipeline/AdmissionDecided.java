package vn.pdv.unit.pipeline;

import java.time.LocalDate;
import vn.pdv.unit.organisation.UnitCode;

/** The competent committee decided to admit the candidate; the ceremony must follow within its deadline. */
public record AdmissionDecided(CandidateId candidate, UnitCode branch, CommitteeDecision decision) implements CandidateEvent {

    @Override
    public LocalDate occurredOn() {
        return decision.decidedOn();
    }
}
