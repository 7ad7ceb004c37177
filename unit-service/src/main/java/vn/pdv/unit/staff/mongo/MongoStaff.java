package vn.pdv.unit.staff.mongo;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import vn.pdv.unit.decision.ActorId;
import vn.pdv.unit.staff.Staff;

/** One document per account in {@code staff}: its pseudonymous id as the key, its name. */
@Repository
class MongoStaff implements Staff {

    private static final String COLLECTION = "staff";

    private final MongoTemplate mongo;

    MongoStaff(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void remember(ActorId account, String name) {
        mongo.save(new Member(account.value(), name), COLLECTION);
    }

    @Override
    public Map<ActorId, String> namesOf(Collection<ActorId> accounts) {
        Query query = Query.query(Criteria.where("_id").in(accounts.stream().map(ActorId::value).distinct().toList()));
        return mongo.find(query, Member.class, COLLECTION).stream()
                .collect(Collectors.toMap(member -> new ActorId(member.id()), Member::name));
    }

    record Member(@Id String id, String name) {
    }
}
