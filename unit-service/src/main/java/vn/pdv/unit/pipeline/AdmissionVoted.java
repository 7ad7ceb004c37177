package vn.pdv.unit.pipeline;

import java.time.LocalDate;
import vn.pdv.unit.organisation.UnitCode;
import vn.pdv.unit.pipeline.rules.BranchVote;

/** The branch voted to propose the candidate's admission: its resolution, from which the decision deadline runs. */
public record AdmissionVoted(CandidateId candidate, UnitCode branch, LocalDate votedOn, BranchVote vote,
                             boolean provincialApproval) implements CandidateEvent {

    @Override
    public LocalDate occurredOn() {
        return votedOn;
    }
}
