package vn.pdv.aggregator.hierarchy.mongo;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import vn.pdv.aggregator.Origin;
import vn.pdv.aggregator.hierarchy.Hierarchy;
import vn.pdv.aggregator.hierarchy.Unit;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.mongo.OncePerOrigin;

/** Units in {@code units}, one document per code, remembering which log last wrote it and where. */
@Repository
class MongoHierarchy implements Hierarchy {

    private static final String COLLECTION = "units";

    private final MongoTemplate mongo;

    MongoHierarchy(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** A later registration from the same log replaces an earlier one; see {@link OncePerOrigin}. */
    @Override
    public void register(Origin origin, Unit unit) {
        OncePerOrigin.upsert(mongo, COLLECTION, unit.code().value(), origin, new Update()
                .set("name", unit.name())
                .set("kind", unit.kind())
                .set("parent", unit.parent() == null ? null : unit.parent().value())
                .set("effectiveFrom", unit.effectiveFrom()));
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
