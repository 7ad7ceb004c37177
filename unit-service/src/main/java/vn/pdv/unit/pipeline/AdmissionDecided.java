package vn.pdv.unit.pipeline;

import java.time.LocalDate;
import java.util.List;
import vn.pdv.unit.decision.Finding;
import vn.pdv.unit.organisation.UnitCode;

/** The competent committee decided to admit the candidate; the ceremony must follow within its deadline. */
public record AdmissionDecided(CandidateId candidate, UnitCode branch, CommitteeDecision decision,
                               List<Finding> findings) implements CandidateEvent {

    public AdmissionDecided {
        findings = Finding.none(findings);
    }

    /** The step with no finding: it broke no rule the committee records rather than refuses. */
    public AdmissionDecided(CandidateId candidate, UnitCode branch, CommitteeDecision decision) {
        this(candidate, branch, decision, List.of());
    }

    @Override
    public LocalDate occurredOn() {
        return decision.decidedOn();
    }
}
