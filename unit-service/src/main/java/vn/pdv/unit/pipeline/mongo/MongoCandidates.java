package vn.pdv.unit.pipeline.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import vn.pdv.unit.organisation.Reach;
import vn.pdv.unit.organisation.UnitCode;
import org.springframework.stereotype.Repository;
import vn.pdv.unit.pipeline.Candidate;
import vn.pdv.unit.pipeline.CandidateId;
import vn.pdv.unit.pipeline.Candidates;
import vn.pdv.unit.pipeline.Stage;

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

    @Override
    public List<Candidate> active(Reach reach) {
        Criteria active = where("stage").nin(Stage.EXITED, Stage.OFFICIAL_MEMBER);
        if (reach instanceof Reach.OneBranch(UnitCode branch)) {
            active = active.and("branch").is(branch.value());
        }
        return mongo.find(Query.query(active), Candidate.class, COLLECTION);
    }

    @Override
    public List<Candidate> inReach(Reach reach) {
        Query query = reach instanceof Reach.OneBranch(UnitCode branch)
                ? Query.query(where("branch").is(branch.value())) : new Query();
        return mongo.find(query, Candidate.class, COLLECTION);
    }
}
