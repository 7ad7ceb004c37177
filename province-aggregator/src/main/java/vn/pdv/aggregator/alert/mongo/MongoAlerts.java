package vn.pdv.aggregator.alert.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import vn.pdv.aggregator.alert.Alert;
import vn.pdv.aggregator.alert.AlertId;
import vn.pdv.aggregator.alert.AlertKind;
import vn.pdv.aggregator.alert.Alerts;
import vn.pdv.aggregator.alert.Delivery;
import vn.pdv.aggregator.alert.Message;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.mongo.UnorderedBulk;
import vn.pdv.aggregator.status.Status;

/**
 * Alerts in {@code alerts}, one document each, its deliveries embedded. {@code nextAttemptAt} (the earliest pending
 * delivery; absent once none is pending) is what delivery rounds look for; {@code claimedBy} and
 * {@code claimedUntil} say which instance is delivering it.
 */
@Repository
class MongoAlerts implements Alerts {

    static final String COLLECTION = "alerts";

    private final MongoTemplate mongo;

    MongoAlerts(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(COLLECTION).createIndex(new Index()
                .on("addressedTo", Sort.Direction.ASC).on("raisedAt", Sort.Direction.DESC).named("addressedTo_raisedAt"));
        mongo.indexOps(COLLECTION).createIndex(new Index()
                .on("nextAttemptAt", Sort.Direction.ASC).sparse().named("nextAttemptAt"));
    }

    @Override
    public boolean add(Alert alert) {
        return addAll(List.of(alert)) == 1;
    }

    /** One unordered bulk of inserts: an alert raised before fails alone, on its id. */
    @Override
    public int addAll(List<Alert> alerts) {
        if (alerts.isEmpty()) {
            return 0;
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, COLLECTION);
        bulk.insert(alerts.stream().map(AlertDocument::of).toList());
        return alerts.size() - UnorderedBulk.execute(bulk).duplicates().size();
    }

    @Override
    public Optional<Alert> find(AlertId id) {
        return Optional.ofNullable(mongo.findById(id.value(), AlertDocument.class, COLLECTION)).map(AlertDocument::toAlert);
    }

    @Override
    public List<Alert> addressedTo(UnitCode unit, Instant since, int limit) {
        Query query = Query.query(where("addressedTo").is(unit.value()).and("raisedAt").gte(since))
                .with(Sort.by(Sort.Direction.DESC, "raisedAt").and(Sort.by("_id"))).limit(limit);
        return mongo.find(query, AlertDocument.class, COLLECTION).stream().map(AlertDocument::toAlert).toList();
    }

    @Override
    public List<Alert> due(Instant now, int limit) {
        Query query = Query.query(where("nextAttemptAt").lte(now).andOperator(unclaimed(now)))
                .with(Sort.by("nextAttemptAt")).limit(limit);
        return mongo.find(query, AlertDocument.class, COLLECTION).stream().map(AlertDocument::toAlert).toList();
    }

    @Override
    public boolean claim(AlertId id, String owner, Instant now, Instant until) {
        Query free = Query.query(where("_id").is(id.value()).andOperator(unclaimed(now)));
        return mongo.updateFirst(free, new Update().set("claimedBy", owner).set("claimedUntil", until), COLLECTION)
                .getModifiedCount() == 1;
    }

    @Override
    public boolean recordDeliveries(AlertId id, String owner, List<Delivery> deliveries) {
        Update update = new Update().set("deliveries", deliveries).unset("claimedBy").unset("claimedUntil");
        Delivery.nextAttemptAt(deliveries).ifPresentOrElse(next -> update.set("nextAttemptAt", next),
                () -> update.unset("nextAttemptAt"));
        Query held = Query.query(where("_id").is(id.value()).and("claimedBy").is(owner));
        return mongo.updateFirst(held, update, COLLECTION).getModifiedCount() == 1;
    }

    private static Criteria unclaimed(Instant now) {
        return new Criteria().orOperator(where("claimedUntil").is(null), where("claimedUntil").lt(now));
    }

    /** The alert as stored; the percentage as a string, so that it reads back exactly as it was written. */
    record AlertDocument(@Id String id, AlertKind kind, String unit, String unitName, List<String> addressedTo,
                         Status status, Status previousStatus, String metric, String period, Integer quota,
                         long actual, String percentOfPlan, Instant raisedAt, String messageVi, String messageEn,
                         List<Delivery> deliveries, Instant nextAttemptAt) {

        static AlertDocument of(Alert alert) {
            return new AlertDocument(alert.id().value(), alert.kind(), alert.unit().value(), alert.unitName(),
                    alert.addressedTo().stream().map(UnitCode::value).toList(), alert.status(), alert.previousStatus(),
                    alert.metric(), alert.period(), alert.quota(), alert.actual(),
                    alert.percentOfPlan() == null ? null : alert.percentOfPlan().toPlainString(), alert.raisedAt(),
                    alert.message().vi(), alert.message().en(), alert.deliveries(), alert.nextAttemptAt().orElse(null));
        }

        Alert toAlert() {
            return new Alert(new AlertId(id), kind, new UnitCode(unit), unitName,
                    addressedTo.stream().map(UnitCode::new).toList(), status, previousStatus, metric, period, quota,
                    actual, percentOfPlan == null ? null : new BigDecimal(percentOfPlan), raisedAt,
                    new Message(messageVi, messageEn), deliveries == null ? List.of() : deliveries);
        }
    }
}
