package vn.pdv.unit.pipeline;

import java.time.LocalDate;
import java.util.List;
import vn.pdv.unit.decision.Finding;
import vn.pdv.unit.organisation.UnitCode;

/** A candidate became a probationary member; counts in the year of {@code admittedOn}. */
public record CandidateAdmitted(CandidateId candidate, UnitCode branch, AdmissionDecision decision,
                                ReportingAttributes attributes, List<Finding> findings) implements CandidateEvent {

    public CandidateAdmitted {
        findings = Finding.none(findings);
    }

    /** The step with no finding: it broke no rule the committee records rather than refuses. */
    public CandidateAdmitted(CandidateId candidate, UnitCode branch, AdmissionDecision decision,
                             ReportingAttributes attributes) {
        this(candidate, branch, decision, attributes, List.of());
    }

    @Override
    public LocalDate occurredOn() {
        return decision.admittedOn();
    }
}
