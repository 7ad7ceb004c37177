package vn.pdv.aggregator.quota.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import vn.pdv.aggregator.hierarchy.Origin;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.mongo.OncePerOrigin;
import vn.pdv.aggregator.mongo.OncePerOrigin.Guard;
import vn.pdv.aggregator.quota.Metric;
import vn.pdv.aggregator.quota.Period;
import vn.pdv.aggregator.quota.PlanReference;
import vn.pdv.aggregator.quota.Quota;
import vn.pdv.aggregator.quota.Quotas;

/**
 * Quotas in {@code quotas}, one document per unit, period and metric ({@code unit|2020-2025|ADMISSIONS}). An event's
 * write is guarded by origin like the tallies; an import's is a plain upsert, so the latest assignment wins.
 */
@Repository
class MongoQuotas implements Quotas {

    private static final String COLLECTION = "quotas";

    private final MongoTemplate mongo;

    MongoQuotas(MongoTemplate mongo) {
        this.mongo = mongo;
        OncePerOrigin.indexGuards(mongo, COLLECTION);
    }

    @Override
    public void assign(Origin origin, Quota quota) {
        OncePerOrigin.upsert(mongo, COLLECTION, id(quota.target(), quota.period(), quota.metric()),
                new Guard(origin.log().value(), origin.sequence()),
                fields(quota));
    }

    @Override
    public void record(Quota quota) {
        mongo.upsert(Query.query(where("_id").is(id(quota.target(), quota.period(), quota.metric()))), fields(quota),
                COLLECTION);
    }

    @Override
    public Optional<Quota> findFor(UnitCode unit, Period period, Metric metric) {
        return Optional.ofNullable(mongo.findById(id(unit, period, metric), QuotaDocument.class, COLLECTION))
                .map(QuotaDocument::toQuota);
    }

    @Override
    public List<Quota> of(UnitCode unit) {
        return mongo.find(Query.query(where("target").is(unit.value())), QuotaDocument.class, COLLECTION).stream()
                .map(QuotaDocument::toQuota).sorted(java.util.Comparator.comparing(Quota::period)).toList();
    }

    @Override
    public List<Quota> all() {
        return mongo.findAll(QuotaDocument.class, COLLECTION).stream().map(QuotaDocument::toQuota).toList();
    }

    private static String id(UnitCode unit, Period period, Metric metric) {
        return unit.value() + "|" + period.code() + "|" + metric;
    }

    private static Update fields(Quota quota) {
        Map<String, Integer> breakdown = new HashMap<>();
        quota.breakdown().forEach((attribute, part) -> breakdown.put(attribute.name(), part));
        return new Update()
                .set("target", quota.target().value())
                .set("issuedBy", quota.issuedBy().value())
                .set("planNumber", quota.plan().number())
                .set("planIssuedOn", quota.plan().issuedOn().orElse(null))
                .set("planIssuedBy", quota.plan().issuedBy().orElse(null))
                .set("period", quota.period().code())
                .set("metric", quota.metric())
                .set("total", quota.total())
                .set("breakdown", breakdown);
    }

    record QuotaDocument(@Id String id, String target, String issuedBy, String planNumber, LocalDate planIssuedOn,
                         String planIssuedBy, String period, Metric metric, int total,
                         Map<String, Integer> breakdown) {

        Quota toQuota() {
            PlanReference plan = new PlanReference(planNumber, Optional.ofNullable(planIssuedOn),
                    Optional.ofNullable(planIssuedBy));
            return Quota.stated(new UnitCode(target), new UnitCode(issuedBy), plan,
                    Period.ofCode(period).orElseThrow(), metric, total, breakdown == null ? Map.of() : breakdown);
        }
    }
}
