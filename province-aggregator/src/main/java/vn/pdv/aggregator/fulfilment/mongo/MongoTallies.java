package vn.pdv.aggregator.fulfilment.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import vn.pdv.aggregator.fulfilment.Counter;
import vn.pdv.aggregator.fulfilment.Counts;
import vn.pdv.aggregator.fulfilment.Tallies;
import vn.pdv.aggregator.fulfilment.Tally;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.mongo.OncePerOrigin;
import vn.pdv.aggregator.mongo.OncePerOrigin.Guard;
import vn.pdv.aggregator.quota.Metric;

/**
 * Tallies in {@code tallies}: one document per unit, day and source log, holding the counters and the
 * sequence of the last event from that log applied to it. A batch's tallies for one document are summed into one
 * {@code $inc}, applied once by {@link OncePerOrigin#applyAll}: a batch of a thousand admissions on one day is one
 * write.
 */
@Repository
class MongoTallies implements Tallies {

    private static final String COLLECTION = "tallies";

    private final MongoTemplate mongo;

    MongoTallies(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(COLLECTION).createIndex(new Index()
                .on("unit", Sort.Direction.ASC).on("day", Sort.Direction.ASC).named("unit_day"));
        OncePerOrigin.indexGuards(mongo, COLLECTION);
    }

    @Override
    public void add(List<Tally> tallies) {
        Map<String, List<Tally>> byDocument = new LinkedHashMap<>();
        for (Tally tally : tallies) {
            String id = tally.unit().value() + "|" + tally.on() + "|" + tally.origin().log().value();
            byDocument.computeIfAbsent(id, document -> new ArrayList<>()).add(tally);
        }
        OncePerOrigin.applyAll(mongo, COLLECTION, byDocument,
                tally -> new Guard(tally.origin().log().value(), tally.origin().sequence()), (current, fresh) -> {
            Map<Metric, Map<Counter, Integer>> sums = new EnumMap<>(Metric.class);
            for (Tally tally : fresh) {
                tally.counters().forEach((metric, counters) -> {
                    Map<Counter, Integer> sum = sums.computeIfAbsent(metric, m -> new EnumMap<>(Counter.class));
                    counters.forEach(counter -> sum.merge(counter, 1, Integer::sum));
                });
            }
            Tally first = fresh.getFirst();
            Update update = new Update().set("unit", first.unit().value()).set("day", first.on().toString());
            sums.forEach((metric, counters) -> counters.forEach((counter, delta) ->
                    update.inc("counts." + metric.name() + "." + counter.name(), delta)));
            return update;
        });
    }

    @Override
    public Counts sum(Set<UnitCode> units, LocalDate from, LocalDate until) {
        Counts counts = new Counts();
        // ISO dates order as strings do, so the range is a plain string range on the index.
        Query query = Query.query(where("unit").in(units.stream().map(UnitCode::value).toList())
                .and("day").gte(from.toString()).lt(until.toString()));
        for (Document tally : mongo.find(query, Document.class, COLLECTION)) {
            Document byMetric = tally.get("counts", Document.class);
            if (byMetric == null) {
                continue;
            }
            for (Map.Entry<String, Object> metric : byMetric.entrySet()) {
                for (Map.Entry<String, Object> counter : ((Document) metric.getValue()).entrySet()) {
                    counts.add(Metric.valueOf(metric.getKey()), Counter.valueOf(counter.getKey()),
                            ((Number) counter.getValue()).longValue());
                }
            }
        }
        return counts;
    }
}
