package vn.pdv.unit.pipeline;

import java.time.LocalDate;
import java.util.List;
import vn.pdv.unit.decision.Finding;
import vn.pdv.unit.organisation.UnitCode;
import vn.pdv.unit.pipeline.rules.BranchVote;

/** The branch voted to recognise the probationary member as official. */
public record RecognitionVoted(CandidateId candidate, UnitCode branch, LocalDate votedOn, BranchVote vote,
                               List<Finding> findings) implements CandidateEvent {

    public RecognitionVoted {
        findings = Finding.none(findings);
    }

    /** The step with no finding: it broke no rule the committee records rather than refuses. */
    public RecognitionVoted(CandidateId candidate, UnitCode branch, LocalDate votedOn, BranchVote vote) {
        this(candidate, branch, votedOn, vote, List.of());
    }

    @Override
    public LocalDate occurredOn() {
        return votedOn;
    }
}
