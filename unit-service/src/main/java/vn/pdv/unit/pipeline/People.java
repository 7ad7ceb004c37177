package vn.pdv.unit.pipeline;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Personal details, stored only in the committee's own database. */
public interface People {

    void save(CandidateId id, PersonalDetails details);

    Optional<PersonalDetails> find(CandidateId id);

    /** Everyone on record born that day: how an import spots a person entered twice. */
    List<PersonalDetails> bornOn(LocalDate dateOfBirth);

    /** The details of each of {@code ids} that has them, for a list of candidates the committee's staff reads. */
    Map<CandidateId, PersonalDetails> of(Collection<CandidateId> ids);
}
