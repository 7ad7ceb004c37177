package vn.pdv.unit.pipeline;

import java.time.LocalDate;
import java.util.List;
import vn.pdv.unit.decision.Finding;
import vn.pdv.unit.organisation.UnitCode;
import vn.pdv.unit.pipeline.rules.BranchVote;

/** The branch voted to propose the candidate's admission: its resolution, from which the decision deadline runs. */
public record AdmissionVoted(CandidateId candidate, UnitCode branch, LocalDate votedOn, BranchVote vote,
                             boolean provincialApproval, List<Finding> findings) implements CandidateEvent {

    public AdmissionVoted {
        findings = Finding.none(findings);
    }

    /** The step with no finding: it broke no rule the committee records rather than refuses. */
    public AdmissionVoted(CandidateId candidate, UnitCode branch, LocalDate votedOn, BranchVote vote,
                          boolean provincialApproval) {
        this(candidate, branch, votedOn, vote, provincialApproval, List.of());
    }

    @Override
    public LocalDate occurredOn() {
        return votedOn;
    }
}
