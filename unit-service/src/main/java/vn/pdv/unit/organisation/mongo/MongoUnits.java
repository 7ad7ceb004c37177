package vn.pdv.unit.organisation.mongo;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;
import vn.pdv.unit.organisation.Unit;
import vn.pdv.unit.organisation.UnitCode;
import vn.pdv.unit.organisation.UnitKind;
import vn.pdv.unit.organisation.Units;

/** Organisations in {@code units}, keyed by code. */
@Repository
class MongoUnits implements Units {

    private static final String COLLECTION = "units";

    private final MongoTemplate mongo;

    MongoUnits(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<Unit> find(UnitCode code) {
        return Optional.ofNullable(mongo.findById(code.value(), UnitDocument.class, COLLECTION))
                .map(UnitDocument::toUnit);
    }

    @Override
    public List<Unit> all() {
        return mongo.findAll(UnitDocument.class, COLLECTION).stream().map(UnitDocument::toUnit).toList();
    }

    @Override
    public void save(Unit unit) {
        mongo.save(new UnitDocument(unit.code(), unit.name(), unit.kind(), unit.parent(), unit.effectiveFrom()),
                COLLECTION);
    }

    record UnitDocument(@Id UnitCode code, String name, UnitKind kind, UnitCode parent, LocalDate effectiveFrom) {

        Unit toUnit() {
            return new Unit(code, name, kind, parent, effectiveFrom);
        }
    }
}
