package vn.pdv.unit.organisation.mongo;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;
import vn.pdv.unit.organisation.Unit;
import vn.pdv.unit.organisation.UnitCode;
import vn.pdv.unit.organisation.UnitKind;
import vn.pdv.unit.organisation.Units;

/**
 * Organisations in {@code units}, keyed by code. Every step checks its branch, so units found are kept in memory: only
 * this process writes them (one instance per committee), and each save drops its entry. An entry is loaded under the
 * map's lock on that key, so a save cannot slip between a load and its caching and leave the old version cached.
 */
@Repository
class MongoUnits implements Units {

    private static final String COLLECTION = "units";

    private final MongoTemplate mongo;
    private final ConcurrentMap<UnitCode, Unit> found = new ConcurrentHashMap<>();

    MongoUnits(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<Unit> find(UnitCode code) {
        return Optional.ofNullable(found.computeIfAbsent(code, this::load));
    }

    @Override
    public List<Unit> all() {
        return mongo.findAll(UnitDocument.class, COLLECTION).stream().map(UnitDocument::toUnit).toList();
    }

    @Override
    public void save(Unit unit) {
        try {
            mongo.save(new UnitDocument(unit.code(), unit.name(), unit.kind(), unit.parent(), unit.effectiveFrom()),
                    COLLECTION);
        } finally {
            found.remove(unit.code());
        }
    }

    private Unit load(UnitCode code) {
        UnitDocument document = mongo.findById(code.value(), UnitDocument.class, COLLECTION);
        return document == null ? null : document.toUnit();
    }

    record UnitDocument(@Id UnitCode code, String name, UnitKind kind, UnitCode parent, LocalDate effectiveFrom) {

        Unit toUnit() {
            return new Unit(code, name, kind, parent, effectiveFrom);
        }
    }
}
