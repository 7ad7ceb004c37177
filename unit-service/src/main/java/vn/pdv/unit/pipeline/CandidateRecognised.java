package vn.pdv.unit.pipeline;

import java.time.LocalDate;
import vn.pdv.unit.organisation.UnitCode;

/** The committee recognised the probationary member as an official member (công nhận đảng viên chính thức). */
public record CandidateRecognised(CandidateId candidate, UnitCode branch, CommitteeDecision decision,
                                  ReportingAttributes attributes) implements CandidateEvent {

    @Override
    public LocalDate occurredOn() {
        return decision.decidedOn();
    }
}
