package vn.pdv.unit.classes.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import vn.pdv.unit.classes.ClassId;
import vn.pdv.unit.classes.ClassRegister;
import vn.pdv.unit.classes.PartyClass;
import vn.pdv.unit.organisation.Reach;
import vn.pdv.unit.organisation.UnitCode;

/** The {@code classes} collection, one document per class, {@code _id} the class id. */
@Repository
class MongoClassRegister implements ClassRegister {

    private static final String COLLECTION = "classes";

    private final MongoTemplate mongo;

    MongoClassRegister(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<PartyClass> find(ClassId id) {
        return Optional.ofNullable(mongo.findById(id.value(), ClassDocument.class, COLLECTION))
                .map(ClassDocument::partyClass);
    }

    @Override
    public void save(PartyClass partyClass) {
        mongo.save(new ClassDocument(partyClass.id().value(), partyClass.organiser().value(), partyClass), COLLECTION);
    }

    @Override
    public List<PartyClass> organisedIn(Reach reach) {
        Query query = reach instanceof Reach.OneBranch(UnitCode branch)
                ? Query.query(where("organiser").is(branch.value())) : new Query();
        return mongo.find(query, ClassDocument.class, COLLECTION).stream().map(ClassDocument::partyClass)
                .sorted(Comparator.comparing(PartyClass::startsOn).reversed()).toList();
    }

    record ClassDocument(@Id String id, String organiser, PartyClass partyClass) {
    }
}
