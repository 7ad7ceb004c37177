package vn.pdv.unit.pipeline;

import java.time.LocalDate;
import vn.pdv.unit.organisation.UnitCode;

/** The grassroots committee proposed the admission to the committee competent to decide. */
public record AdmissionProposed(CandidateId candidate, UnitCode branch, UnitCode proposedTo, LocalDate proposedOn) implements CandidateEvent {

    @Override
    public LocalDate occurredOn() {
        return proposedOn;
    }
}
