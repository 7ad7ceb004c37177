package vn.pdv.aggregator.hierarchy.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import vn.pdv.aggregator.hierarchy.Closure;
import vn.pdv.aggregator.hierarchy.Hierarchy;
import vn.pdv.aggregator.hierarchy.HierarchyChange;
import vn.pdv.aggregator.hierarchy.Origin;
import vn.pdv.aggregator.hierarchy.Unit;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.hierarchy.UnitKind;
import vn.pdv.aggregator.hierarchy.UnitTree;
import vn.pdv.aggregator.mongo.OncePerOrigin;
import vn.pdv.aggregator.mongo.OncePerOrigin.Guard;

/**
 * Versions in {@code unit-versions}, one document per unit and first day ({@code code|yyyy-mm-dd}), so a version is
 * written by one upsert and never edits another; closures in {@code unit-closures}, one per unit. A staff change
 * writes several documents without a transaction: each write is idempotent, so a change that failed half-way is
 * finished by sending it again. The whole history is read at once: a province has thousands of units, not millions.
 */
@Repository
class MongoHierarchy implements Hierarchy {

    private static final String VERSIONS = "unit-versions";
    private static final String CLOSURES = "unit-closures";

    private final MongoTemplate mongo;

    MongoHierarchy(MongoTemplate mongo) {
        this.mongo = mongo;
        OncePerOrigin.indexGuards(mongo, VERSIONS);
    }

    /** See {@link OncePerOrigin}. */
    @Override
    public void register(Origin origin, Unit version) {
        OncePerOrigin.upsert(mongo, VERSIONS, id(version), new Guard(origin.log().value(), origin.sequence()),
                fields(version));
    }

    @Override
    public void apply(HierarchyChange.Accepted change) {
        for (Unit version : change.versions()) {
            mongo.upsert(Query.query(where("_id").is(id(version))), fields(version), VERSIONS);
        }
        for (Closure closure : change.closures()) {
            mongo.upsert(Query.query(where("_id").is(closure.unit().value())), new Update()
                    .set("on", closure.on())
                    .set("successor", closure.successor() == null ? null : closure.successor().value()), CLOSURES);
        }
    }

    @Override
    public UnitTree tree() {
        return UnitTree.of(
                mongo.findAll(VersionDocument.class, VERSIONS).stream().map(VersionDocument::toUnit).toList(),
                mongo.findAll(ClosureDocument.class, CLOSURES).stream().map(ClosureDocument::toClosure).toList());
    }

    private static String id(Unit version) {
        return version.code().value() + "|" + version.effectiveFrom();
    }

    private static Update fields(Unit version) {
        return new Update()
                .set("code", version.code().value())
                .set("name", version.name())
                .set("kind", version.kind().name())
                .set("parent", version.parent() == null ? null : version.parent().value())
                .set("effectiveFrom", version.effectiveFrom());
    }

    record VersionDocument(@Id String id, String code, String name, String kind, String parent,
                           LocalDate effectiveFrom) {

        Unit toUnit() {
            return new Unit(new UnitCode(code), name, UnitKind.named(kind), parent == null ? null : new UnitCode(parent),
                    effectiveFrom);
        }
    }

    record ClosureDocument(@Id String id, LocalDate on, String successor) {

        Closure toClosure() {
            return new Closure(new UnitCode(id), on, successor == null ? null : new UnitCode(successor));
        }
    }
}
