package vn.pdv.aggregator.hierarchy.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import vn.pdv.aggregator.Origin;
import vn.pdv.aggregator.hierarchy.Hierarchy;
import vn.pdv.aggregator.hierarchy.Unit;
import vn.pdv.aggregator.hierarchy.UnitCode;

/** Units in {@code units}, one document per code, remembering which log last wrote it and where. */
@Repository
class MongoHierarchy implements Hierarchy {

    private static final String COLLECTION = "units";

    private final MongoTemplate mongo;

    MongoHierarchy(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * One conditional upsert: it matches unless this log already wrote the unit at this place or later.
     * When it does not match, the upsert's insert collides on {@code _id} and nothing changes.
     */
    @Override
    public void register(Origin origin, Unit unit) {
        Query notYetApplied = Query.query(where("_id").is(unit.code().value()).orOperator(
                where("origin").ne(origin.log().value()),
                where("sequence").lt(origin.sequence())));
        Update update = new Update()
                .set("name", unit.name())
                .set("kind", unit.kind())
                .set("parent", unit.parent() == null ? null : unit.parent().value())
                .set("effectiveFrom", unit.effectiveFrom())
                .set("origin", origin.log().value())
                .set("sequence", origin.sequence());
        try {
            mongo.upsert(notYetApplied, update, COLLECTION);
        } catch (DuplicateKeyException alreadyApplied) {
            // The same or a later registration from this log is already in place.
        }
    }

    @Override
    public Optional<Unit> find(UnitCode code) {
        return Optional.ofNullable(mongo.findById(code.value(), UnitDocument.class, COLLECTION))
                .map(UnitDocument::toUnit);
    }

    @Override
    public Collection<Unit> all() {
        return mongo.findAll(UnitDocument.class, COLLECTION).stream().map(UnitDocument::toUnit).toList();
    }

    record UnitDocument(@Id String code, String name, String kind, String parent, LocalDate effectiveFrom) {

        Unit toUnit() {
            return new Unit(new UnitCode(code), name, kind, parent == null ? null : new UnitCode(parent),
                    effectiveFrom);
        }
    }
}
