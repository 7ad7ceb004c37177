package vn.pdv.aggregator.hierarchy.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import vn.pdv.aggregator.hierarchy.Closure;
import vn.pdv.aggregator.hierarchy.Hierarchy;
import vn.pdv.aggregator.hierarchy.HierarchyChange;
import vn.pdv.aggregator.hierarchy.Unit;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.hierarchy.UnitKind;
import vn.pdv.aggregator.hierarchy.UnitTree;
import vn.pdv.aggregator.mongo.GuardedMirror;
import vn.pdv.aggregator.mongo.OncePerOrigin;
import vn.pdv.aggregator.mongo.OncePerOrigin.Guard;
import vn.pdv.aggregator.mongo.SharedValues;

/**
 * Versions in {@code unit-versions}, one document per unit and first day ({@code code|yyyy-mm-dd}), so a version is
 * written by one upsert and never edits another; closures in {@code unit-closures}, one per unit. A staff change
 * writes several documents without a transaction: each write is idempotent, so a change that failed half-way is
 * finished by sending it again. The whole history is held in memory as one {@link UnitTree}, a cache kept current by
 * a {@link GuardedMirror} of the versions (a committee's registration reaches it through the logs' progress, a staff
 * change through the mirror's revision, closures with it) and brought forward by what changed: a province has tens
 * of thousands of versions, and every read asks the tree several questions.
 */
@Repository
class MongoHierarchy implements Hierarchy {

    private static final String VERSIONS = "unit-versions";
    private static final String CLOSURES = "unit-closures";

    private final MongoTemplate mongo;
    private final TreeIndex index = new TreeIndex();
    private final GuardedMirror mirror;

    MongoHierarchy(MongoTemplate mongo) {
        this.mongo = mongo;
        this.mirror = new GuardedMirror(mongo, VERSIONS, index);
    }

    /** Fills the cache at start-up rather than on the first reader's time. */
    @EventListener(ApplicationReadyEvent.class)
    void warm() {
        mirror.warm();
    }

    /** See {@link OncePerOrigin}; a batch's registrations of one unit and day fold into one write, the last one's. */
    @Override
    public void registerAll(List<Registered> registrations) {
        mirror.applyAll(byDocument(registrations), MongoHierarchy::guard,
                (current, fresh) -> fields(fresh.getLast().version()));
    }

    @Override
    public void registerAllLate(List<Registered> registrations) {
        mirror.applyAllLate(byDocument(registrations), MongoHierarchy::guard,
                (current, fresh) -> fields(fresh.getLast().version()));
    }

    private static Map<String, List<Registered>> byDocument(List<Registered> registrations) {
        Map<String, List<Registered>> byDocument = new LinkedHashMap<>();
        for (Registered registered : registrations) {
            byDocument.computeIfAbsent(id(registered.version()), id -> new ArrayList<>()).add(registered);
        }
        return byDocument;
    }

    private static Guard guard(Registered registered) {
        return new Guard(registered.origin().log().value(), registered.origin().sequence());
    }

    @Override
    public void apply(HierarchyChange.Accepted change) {
        // One round trip per collection: a merge writes a version for every child it takes over.
        if (!change.versions().isEmpty()) {
            BulkOperations versions = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, VERSIONS);
            change.versions().forEach(version ->
                    versions.upsert(Query.query(where("_id").is(id(version))), fields(version)));
            versions.execute();
        }
        if (!change.closures().isEmpty()) {
            BulkOperations closures = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, CLOSURES);
            change.closures().forEach(closure -> closures.upsert(Query.query(where("_id").is(closure.unit().value())),
                    new Update().set("on", closure.on())
                            .set("successor", closure.successor() == null ? null : closure.successor().value())));
            closures.execute();
        }
        // Counted after the writes, so that another instance that sees the revision also sees what it stands for.
        mirror.staffWrote(change.versions().stream().map(MongoHierarchy::id).toList(),
                () -> index.closed(change.closures()));
    }

    @Override
    public UnitTree tree() {
        return mirror.read(index::tree);
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

    /**
     * The versions and closures in memory, and the tree they make: built from all of them after a full read, and
     * after that brought forward by the versions and closures that changed since ({@link UnitTree#with}). Guarded by
     * {@link GuardedMirror}'s locks, but for the tree itself, which several readers may bring forward at once.
     */
    private final class TreeIndex implements GuardedMirror.Index {

        private final Map<String, Unit> versions = new HashMap<>();
        private final Map<UnitCode, Closure> closures = new HashMap<>();
        /** A unit's code, its parent's and the first days, one instance for every version that names them. */
        private final SharedValues shared = new SharedValues();
        /** What changed since the tree was last built or brought forward. */
        private final List<Unit> addedVersions = new ArrayList<>();
        private final List<Closure> addedClosures = new ArrayList<>();
        private UnitTree tree;
        /** Written last, so a reader that finds it false also finds the tree it stands for. */
        private volatile boolean behind = true;

        @Override
        public void clear() {
            versions.clear();
            closures.clear();
            shared.clear();
            mongo.findAll(ClosureDocument.class, CLOSURES).forEach(closure -> closures.put(
                    new UnitCode(closure.id()), closure.toClosure()));
            addedVersions.clear();
            addedClosures.clear();
            tree = null;
            behind = true;
        }

        @Override
        public void put(Document document) {
            Unit version = mongo.getConverter().read(VersionDocument.class, document).toUnit(shared);
            if (!version.equals(versions.put(document.getString("_id"), version)) && tree != null) {
                addedVersions.add(version);
                behind = true;
            }
        }

        /** This process's own closures: another process's reach here through a full read after its revision. */
        void closed(List<Closure> closed) {
            closed.forEach(closure -> {
                if (!closure.equals(closures.put(closure.unit(), closure)) && tree != null) {
                    addedClosures.add(closure);
                    behind = true;
                }
            });
        }

        UnitTree tree() {
            if (!behind) {
                return tree;
            }
            synchronized (this) {
                if (behind) {
                    tree = tree == null
                            ? UnitTree.of(List.copyOf(versions.values()), List.copyOf(closures.values()))
                            : tree.with(addedVersions, addedClosures);
                    addedVersions.clear();
                    addedClosures.clear();
                    behind = false;
                }
                return tree;
            }
        }
    }

    record VersionDocument(@Id String id, String code, String name, String kind, String parent,
                           LocalDate effectiveFrom) {

        Unit toUnit(SharedValues shared) {
            return new Unit(shared.of(new UnitCode(code)), name, UnitKind.named(kind),
                    parent == null ? null : shared.of(new UnitCode(parent)), shared.of(effectiveFrom));
        }
    }

    record ClosureDocument(@Id String id, LocalDate on, String successor) {

        Closure toClosure() {
            return new Closure(new UnitCode(id), on, successor == null ? null : new UnitCode(successor));
        }
    }
}
