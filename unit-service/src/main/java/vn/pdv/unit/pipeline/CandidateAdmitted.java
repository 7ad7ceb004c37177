package vn.pdv.unit.pipeline;

import java.time.LocalDate;
import vn.pdv.unit.organisation.UnitCode;
import vn.pdv.unit.outbox.UnitEvent;

/** A candidate became a probationary member; counts in the year of {@code admittedOn}. */
public record CandidateAdmitted(CandidateId candidate, UnitCode branch, AdmissionDecision decision,
                                ReportingAttributes attributes) implements UnitEvent {

    @Override
    public LocalDate occurredOn() {
        return decision.admittedOn();
    }
}
