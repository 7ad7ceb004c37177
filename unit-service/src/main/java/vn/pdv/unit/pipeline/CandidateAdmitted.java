package vn.pdv.unit.pipeline;

import java.time.LocalDate;
import vn.pdv.unit.organisation.UnitCode;

/** A candidate became a probationary member; counts in the year of {@code admittedOn}. */
public record CandidateAdmitted(CandidateId candidate, UnitCode branch, AdmissionDecision decision,
                                ReportingAttributes attributes) implements CandidateEvent {

    @Override
    public LocalDate occurredOn() {
        return decision.admittedOn();
    }
}
