package vn.pdv.unit.pipeline;

import java.util.Optional;

/** The current state of each candidate: a projection of the committee's log. */
public interface Candidates {

    Optional<Candidate> find(CandidateId id);

    void save(Candidate candidate);
}
