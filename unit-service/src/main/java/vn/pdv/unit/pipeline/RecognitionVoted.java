package vn.pdv.unit.pipeline;

import java.time.LocalDate;
import vn.pdv.unit.organisation.UnitCode;
import vn.pdv.unit.pipeline.rules.BranchVote;

/** The branch voted to recognise the probationary member as official. */
public record RecognitionVoted(CandidateId candidate, UnitCode branch, LocalDate votedOn, BranchVote vote) implements CandidateEvent {

    @Override
    public LocalDate occurredOn() {
        return votedOn;
    }
}
