package vn.pdv.aggregator.quota.mongo;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import vn.pdv.aggregator.Origin;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.mongo.OncePerOrigin;
import vn.pdv.aggregator.quota.Metric;
import vn.pdv.aggregator.quota.Quota;
import vn.pdv.aggregator.quota.Quotas;

/** Quotas in {@code quotas}, one document per unit, year and metric, guarded by origin like the tallies. */
@Repository
class MongoQuotas implements Quotas {

    private static final String COLLECTION = "quotas";

    private final MongoTemplate mongo;

    MongoQuotas(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void assign(Origin origin, Quota quota) {
        OncePerOrigin.upsert(mongo, COLLECTION, id(quota.target(), quota.year(), quota.metric()), origin, new Update()
                .set("target", quota.target().value())
                .set("issuedBy", quota.issuedBy().value())
                .set("planNumber", quota.planNumber())
                .set("planIssuedOn", quota.planIssuedOn())
                .set("year", quota.year())
                .set("metric", quota.metric())
                .set("total", quota.total())
                .set("breakdown", quota.breakdown()));
    }

    @Override
    public Optional<Quota> findFor(UnitCode unit, int year, Metric metric) {
        return Optional.ofNullable(mongo.findById(id(unit, year, metric), QuotaDocument.class, COLLECTION))
                .map(QuotaDocument::toQuota);
    }

    private static String id(UnitCode unit, int year, Metric metric) {
        return unit.value() + "|" + year + "|" + metric;
    }

    record QuotaDocument(@Id String id, String target, String issuedBy, String planNumber, LocalDate planIssuedOn,
                         int year, Metric metric, int total, Map<String, Integer> breakdown) {

        Quota toQuota() {
            return new Quota(new UnitCode(target), new UnitCode(issuedBy), planNumber, planIssuedOn, year, metric,
                    total, breakdown == null ? Map.of() : breakdown);
        }
    }
}
