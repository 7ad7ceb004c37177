package vn.pdv.unit.pipeline;

import java.time.LocalDate;
import vn.pdv.unit.organisation.UnitCode;

/** A branch identified an outstanding person as a source for admission. */
public record SourceCreated(CandidateId candidate, UnitCode branch, IntroducingOrganisation introducedBy,
                            LocalDate identifiedOn, ReportingAttributes attributes) implements CandidateEvent {

    @Override
    public LocalDate occurredOn() {
        return identifiedOn;
    }
}
