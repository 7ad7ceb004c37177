package vn.pdv.unit.pipeline;

import java.util.List;
import java.util.Optional;
import vn.pdv.unit.organisation.Reach;

/** The current state of each candidate: a projection of the committee's log. */
public interface Candidates {

    Optional<Candidate> find(CandidateId id);

    void save(Candidate candidate);

    /** Candidates still in the pipeline (neither exited nor official members yet) of the branches in {@code reach}. */
    List<Candidate> active(Reach reach);

    /** Every candidate of the branches in {@code reach}, those who left or became official members included. */
    List<Candidate> inReach(Reach reach);
}
