package vn.pdv.aggregator.plan.mongo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.mongo.DocumentsByKey;
import vn.pdv.aggregator.mongo.GuardedMirror;
import vn.pdv.aggregator.plan.EnteredTarget;
import vn.pdv.aggregator.plan.Targets;
import vn.pdv.aggregator.quota.PlanReference;

/**
 * Entered targets in {@code targets}, one document per unit, metric and period, stored as plans store theirs. Read from
 * a {@link GuardedMirror} of the collection (in memory by unit), as the plans are: every progress read, status and
 * report row asks for a unit's.
 */
@Repository
class MongoTargets implements Targets {

    private static final String COLLECTION = "targets";

    private final MongoTemplate mongo;
    private final DocumentsByKey<EnteredTarget, UnitCode> index;
    private final GuardedMirror mirror;

    MongoTargets(MongoTemplate mongo) {
        this.mongo = mongo;
        this.index = new DocumentsByKey<>(document -> mongo.getConverter().read(EnteredDocument.class, document)
                .toEntered(), EnteredTarget::unit);
        this.mirror = GuardedMirror.ofStaffWrites(mongo, COLLECTION, index);
    }

    /** Fills the cache at start-up rather than on the first reader's time. */
    @EventListener(ApplicationReadyEvent.class)
    void warm() {
        mirror.warm();
    }

    @Override
    public void enter(EnteredTarget target) {
        EnteredDocument document = EnteredDocument.of(target);
        mongo.save(document, COLLECTION);
        mirror.staffWrote(List.of(document.id()));
    }

    @Override
    public List<EnteredTarget> of(UnitCode unit) {
        return mirror.read(() -> index.with(unit));
    }

    @Override
    public List<EnteredTarget> all() {
        return mirror.read(index::all);
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
