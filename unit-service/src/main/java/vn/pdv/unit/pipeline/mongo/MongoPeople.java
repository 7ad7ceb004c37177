package vn.pdv.unit.pipeline.mongo;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Optional;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import vn.pdv.unit.pipeline.CandidateId;
import vn.pdv.unit.pipeline.People;
import vn.pdv.unit.pipeline.PersonalDetails;

/** Personal details in {@code people}, a collection nothing ever publishes. */
@Repository
class MongoPeople implements People {

    private static final String COLLECTION = "people";

    private final MongoTemplate mongo;

    MongoPeople(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void save(CandidateId id, PersonalDetails details) {
        mongo.save(new Person(id.value(), details), COLLECTION);
    }

    @Override
    public Optional<PersonalDetails> find(CandidateId id) {
        return Optional.ofNullable(mongo.findById(id.value(), Person.class, COLLECTION)).map(Person::details);
    }

    @Override
    public List<PersonalDetails> bornOn(LocalDate dateOfBirth) {
        return mongo.find(Query.query(Criteria.where("details.dateOfBirth").is(dateOfBirth)), Person.class, COLLECTION)
                .stream().map(Person::details).toList();
    }

    @Override
    public Map<CandidateId, PersonalDetails> of(Collection<CandidateId> ids) {
        Query query = Query.query(Criteria.where("_id").in(ids.stream().map(CandidateId::value).toList()));
        return mongo.find(query, Person.class, COLLECTION).stream()
                .collect(Collectors.toMap(person -> new CandidateId(person.id()), Person::details));
    }

    record Person(@Id String id, PersonalDetails details) {
    }
}
