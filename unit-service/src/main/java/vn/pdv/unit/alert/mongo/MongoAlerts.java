package vn.pdv.unit.alert.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import vn.pdv.unit.alert.Alert;
import vn.pdv.unit.alert.AlertId;
import vn.pdv.unit.alert.AlertKind;
import vn.pdv.unit.alert.Alerts;
import vn.pdv.unit.alert.PlanStatus;
import vn.pdv.unit.decision.Bilingual;
import vn.pdv.unit.organisation.UnitCode;

/**
 * Alerts in {@code alerts}, keyed by alert id: the primary key, not a check before writing, is what keeps a
 * redelivered alert from being stored twice or undoing an acknowledgement.
 */
@Repository
class MongoAlerts implements Alerts {

    private static final String COLLECTION = "alerts";
    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("raisedAt"), Sort.Order.desc("_id"));

    private final MongoTemplate mongo;

    MongoAlerts(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public boolean saveIfNew(Alert alert) {
        try {
            mongo.insert(AlertDocument.of(alert), COLLECTION);
            return true;
        } catch (DuplicateKeyException alreadyKept) {
            return false;
        }
    }

    @Override
    public Optional<Alert> find(AlertId id) {
        return Optional.ofNullable(mongo.findById(id.value(), AlertDocument.class, COLLECTION)).map(AlertDocument::toAlert);
    }

    @Override
    public List<Alert> newestFirst(boolean unacknowledgedOnly) {
        Query query = unacknowledgedOnly ? Query.query(where("acknowledgedAt").is(null)) : new Query();
        return mongo.find(query.with(NEWEST_FIRST), AlertDocument.class, COLLECTION).stream()
                .map(AlertDocument::toAlert).toList();
    }

    /** One conditional update, so that of two people acknowledging at once the first stands. */
    @Override
    public boolean acknowledge(AlertId id, String by, Instant at) {
        var updated = mongo.updateFirst(
                Query.query(where("_id").is(id.value()).and("acknowledgedAt").is(null)),
                new Update().set("acknowledgedAt", at).set("acknowledgedBy", by), COLLECTION);
        return updated.getMatchedCount() > 0 || mongo.exists(Query.query(where("_id").is(id.value())), COLLECTION);
    }

    record AlertDocument(@Id String id, String unit, AlertKind kind, PlanStatus status, PlanStatus previousStatus,
                         String metric, String period, Integer quota, long actual, String percentOfPlan,
                         Instant raisedAt, String messageVi, String messageEn, Instant acknowledgedAt,
                         String acknowledgedBy) {

        static AlertDocument of(Alert alert) {
            return new AlertDocument(alert.id().value(), alert.unit().value(), alert.kind(), alert.status(),
                    alert.previousStatus(), alert.metric(), alert.period(), alert.quota(), alert.actual(),
                    alert.percentOfPlan() == null ? null : alert.percentOfPlan().toPlainString(), alert.raisedAt(),
                    alert.message().vi(), alert.message().en(), alert.acknowledgedAt(), alert.acknowledgedBy());
        }

        Alert toAlert() {
            return new Alert(new AlertId(id), new UnitCode(unit), kind, status, previousStatus, metric, period, quota,
                    actual, percentOfPlan == null ? null : new BigDecimal(percentOfPlan), raisedAt,
                    Bilingual.of(messageVi, messageEn), acknowledgedAt, acknowledgedBy);
        }
    }
}
