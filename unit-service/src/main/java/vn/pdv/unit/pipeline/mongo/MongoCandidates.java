package vn.pdv.unit.pipeline.mongo;

import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;
import vn.pdv.unit.pipeline.Candidate;
import vn.pdv.unit.pipeline.CandidateId;
import vn.pdv.unit.pipeline.Candidates;

@Repository
class MongoCandidates implements Candidates {

    private static final String COLLECTION = "candidates";

    private final MongoTemplate mongo;

    MongoCandidates(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<Candidate> find(CandidateId id) {
        return Optional.ofNullable(mongo.findById(id.value(), Candidate.class, COLLECTION));
    }

    @Override
    public void save(Candidate candidate) {
        mongo.save(candidate, COLLECTION);
    }
}
