package vn.pdv.unit.pipeline;

import java.time.LocalDate;
import vn.pdv.unit.organisation.UnitCode;
import vn.pdv.unit.pipeline.rules.MemberRef;

/** A branch resolution put the candidate on the sympathiser list and assigned an official member to help. */
public record SympathiserAdded(CandidateId candidate, UnitCode branch, LocalDate addedOn, String resolutionNumber, MemberRef helper,
                               ReportingAttributes attributes) implements CandidateEvent {

    @Override
    public LocalDate occurredOn() {
        return addedOn;
    }
}
