package vn.pdv.unit.pipeline;

import java.time.LocalDate;
import vn.pdv.unit.organisation.UnitCode;

/** A branch resolution took the candidate off the sympathiser list: the candidate leaves the pipeline. */
public record SympathiserRemoved(CandidateId candidate, UnitCode branch, LocalDate removedOn, String resolutionNumber,
                                 ReportingAttributes attributes) implements CandidateEvent {

    @Override
    public LocalDate occurredOn() {
        return removedOn;
    }
}
