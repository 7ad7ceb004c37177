package vn.pdv.aggregator.plan.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.plan.EnteredTarget;
import vn.pdv.aggregator.plan.Targets;
import vn.pdv.aggregator.quota.PlanReference;

/** Entered targets in {@code targets}, one document per unit, metric and period, stored as plans store theirs. */
@Repository
class MongoTargets implements Targets {

    private static final String COLLECTION = "targets";

    private final MongoTemplate mongo;

    MongoTargets(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void enter(EnteredTarget target) {
        mongo.save(EnteredDocument.of(target), COLLECTION);
    }

    @Override
    public List<EnteredTarget> of(UnitCode unit) {
        return mongo.find(Query.query(where("unit").is(unit.value())), EnteredDocument.class, COLLECTION).stream()
                .map(EnteredDocument::toEntered).toList();
    }

    @Override
    public List<EnteredTarget> all() {
        return mongo.findAll(EnteredDocument.class, COLLECTION).stream().map(EnteredDocument::toEntered).toList();
    }

    record EnteredDocument(@Id String id, String unit, String number, LocalDate issuedOn, String issuingBody,
                           MongoPlans.TargetDocument target, Instant enteredAt) {

        static EnteredDocument of(EnteredTarget entered) {
            return new EnteredDocument(entered.unit().value() + "|" + entered.target().metric() + "|"
                    + entered.target().period().code(), entered.unit().value(), entered.plan().number(),
                    entered.plan().issuedOn().orElse(null), entered.plan().issuedBy().orElse(null),
                    MongoPlans.TargetDocument.of(entered.target()), entered.enteredAt());
        }

        EnteredTarget toEntered() {
            return new EnteredTarget(new UnitCode(unit), new PlanReference(number, Optional.ofNullable(issuedOn),
                    Optional.ofNullable(issuingBody)), target.toTarget(), enteredAt);
        }
    }
}
