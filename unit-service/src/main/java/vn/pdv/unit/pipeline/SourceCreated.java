package vn.pdv.unit.pipeline;

import java.time.LocalDate;
import vn.pdv.unit.organisation.UnitCode;
import vn.pdv.unit.outbox.UnitEvent;

/** A branch identified an outstanding person as a source for admission. */
public record SourceCreated(CandidateId candidate, UnitCode branch, IntroducingOrganisation introducedBy,
                            LocalDate identifiedOn, ReportingAttributes attributes) implements UnitEvent {

    @Override
    public LocalDate occurredOn() {
        return identifiedOn;
    }
}
