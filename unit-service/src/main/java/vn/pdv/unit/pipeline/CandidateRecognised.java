package vn.pdv.unit.pipeline;

import java.time.LocalDate;
import java.util.List;
import vn.pdv.unit.decision.Finding;
import vn.pdv.unit.organisation.UnitCode;

/** The committee recognised the probationary member as an official member (công nhận đảng viên chính thức). */
public record CandidateRecognised(CandidateId candidate, UnitCode branch, CommitteeDecision decision,
                                  ReportingAttributes attributes, List<Finding> findings) implements CandidateEvent {

    public CandidateRecognised {
        findings = Finding.none(findings);
    }

    /** The step with no finding: it broke no rule the committee records rather than refuses. */
    public CandidateRecognised(CandidateId candidate, UnitCode branch, CommitteeDecision decision,
                               ReportingAttributes attributes) {
        this(candidate, branch, decision, attributes, List.of());
    }

    @Override
    public LocalDate occurredOn() {
        return decision.decidedOn();
    }
}
