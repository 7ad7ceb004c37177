package vn.pdv.unit.pipeline;

import java.util.Optional;

/** Personal details, stored only in the committee's own database. */
public interface People {

    void save(CandidateId id, PersonalDetails details);

    Optional<PersonalDetails> find(CandidateId id);
}
