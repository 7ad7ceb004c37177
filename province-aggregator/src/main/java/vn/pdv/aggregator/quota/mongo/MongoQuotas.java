package vn.pdv.aggregator.quota.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.mongo.DocumentsByKey;
import vn.pdv.aggregator.mongo.GuardedMirror;
import vn.pdv.aggregator.mongo.SharedValues;
import vn.pdv.aggregator.mongo.OncePerOrigin.Guard;
import vn.pdv.aggregator.quota.Metric;
import vn.pdv.aggregator.quota.Period;
import vn.pdv.aggregator.quota.PlanReference;
import vn.pdv.aggregator.quota.Quota;
import vn.pdv.aggregator.quota.Quotas;

/**
 * Quotas in {@code quotas}, one document per unit, period and metric ({@code unit|2020-2025|ADMISSIONS}). An event's
 * write is guarded by origin like the tallies; an import's is a plain upsert, so the latest assignment wins. Reads are
 * answered from a {@link GuardedMirror} of the collection (by id and by unit in memory): a status sweep or a report
 * asks for thousands of units' quotas, and the embedded store would scan the collection for each.
 */
@Repository
class MongoQuotas implements Quotas {

    private static final String COLLECTION = "quotas";

    private final MongoTemplate mongo;
    private final DocumentsByKey<Quota, UnitCode> index;
    private final GuardedMirror mirror;

    MongoQuotas(MongoTemplate mongo) {
        this.mongo = mongo;
        this.index = new DocumentsByKey<Quota, UnitCode>((document, shared) -> mongo.getConverter()
                .read(QuotaDocument.class, document).toQuota(shared), Quota::target);
        this.mirror = new GuardedMirror(mongo, COLLECTION, index);
    }

    /** Fills the cache at start-up rather than on the first reader's time. */
    @EventListener(ApplicationReadyEvent.class)
    void warm() {
        mirror.warm();
    }

    /** A batch's assignments of one quota fold into one write: the last assignment's fields. */
    @Override
    public void assignAll(List<Assigned> assignments) {
        mirror.applyAll(byDocument(assignments), MongoQuotas::guard,
                (current, fresh) -> fields(fresh.getLast().quota()));
    }

    @Override
    public void assignAllLate(List<Assigned> assignments) {
        mirror.applyAllLate(byDocument(assignments), MongoQuotas::guard,
                (current, fresh) -> fields(fresh.getLast().quota()));
    }

    private static Map<String, List<Assigned>> byDocument(List<Assigned> assignments) {
        Map<String, List<Assigned>> byDocument = new LinkedHashMap<>();
        for (Assigned assigned : assignments) {
            Quota quota = assigned.quota();
            byDocument.computeIfAbsent(id(quota.target(), quota.period(), quota.metric()), id -> new ArrayList<>())
                    .add(assigned);
        }
        return byDocument;
    }

    private static Guard guard(Assigned assigned) {
        return new Guard(assigned.origin().log().value(), assigned.origin().sequence());
    }

    @Override
    public void record(Quota quota) {
        String id = id(quota.target(), quota.period(), quota.metric());
        mongo.upsert(Query.query(where("_id").is(id)), fields(quota), COLLECTION);
        mirror.staffWrote(List.of(id));
    }

    @Override
    public Optional<Quota> findFor(UnitCode unit, Period period, Metric metric) {
        return mirror.read(() -> Optional.ofNullable(index.get(id(unit, period, metric))));
    }

    @Override
    public List<Quota> of(UnitCode unit) {
        return mirror.read(() -> index.with(unit).stream()
                .sorted(Comparator.comparing(Quota::period)).toList());
    }

    @Override
    public List<Quota> all() {
        return mirror.read(index::all);
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

        /** The quota, its unit codes, plan and period each one instance of those equal. */
        Quota toQuota(SharedValues shared) {
            PlanReference plan = new PlanReference(planNumber, Optional.ofNullable(planIssuedOn),
                    Optional.ofNullable(planIssuedBy));
            return Quota.stated(shared.of(new UnitCode(target)), shared.of(new UnitCode(issuedBy)), shared.of(plan),
                    shared.of(Period.ofCode(period).orElseThrow()), metric, total,
                    breakdown == null ? Map.of() : breakdown);
        }
    }
}
