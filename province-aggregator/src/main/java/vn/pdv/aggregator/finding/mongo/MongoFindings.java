package vn.pdv.aggregator.finding.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import vn.pdv.aggregator.finding.Findings;
import vn.pdv.aggregator.finding.Found;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.mongo.OncePerOrigin;
import vn.pdv.aggregator.mongo.OncePerOrigin.Guard;

/**
 * Findings in {@code findings}: one document per unit, day and source log, as the tallies, holding the count per rule
 * and the guard of the last event applied ({@link OncePerOrigin}). Counts are read with a query on unit and day.
 *
 * <p>Known limit: unlike the tallies, no in-memory mirror; findings are few (a step recorded late) and read by the
 * inspection committee and the report, not by every dashboard refresh. On mongo-java-server the query is a scan of
 * the collection.
 */
@Repository
class MongoFindings implements Findings {

    private static final String COLLECTION = "findings";

    private final MongoTemplate mongo;

    MongoFindings(MongoTemplate mongo) {
        this.mongo = mongo;
        OncePerOrigin.indexGuards(mongo, COLLECTION);
    }

    @Override
    public void add(List<Found> found) {
        Map<String, List<Found>> byDocument = new LinkedHashMap<>();
        for (Found one : found) {
            String id = one.unit().value() + "|" + one.on() + "|" + one.origin().log().value();
            byDocument.computeIfAbsent(id, document -> new ArrayList<>()).add(one);
        }
        OncePerOrigin.applyAll(mongo, COLLECTION, byDocument,
                one -> new Guard(one.origin().log().value(), one.origin().sequence()), (current, fresh) -> {
            Map<String, Integer> sums = new TreeMap<>();
            fresh.forEach(one -> one.rules().forEach(rule -> sums.merge(rule, 1, Integer::sum)));
            Found first = fresh.getFirst();
            Update update = new Update().set("unit", first.unit().value()).set("day", first.on().toString());
            sums.forEach((rule, delta) -> update.inc("counts." + rule, delta));
            return update;
        });
    }

    @Override
    public Map<String, Long> count(Set<UnitCode> units, LocalDate from, LocalDate until) {
        Query query = Query.query(where("unit").in(units.stream().map(UnitCode::value).toList())
                .and("day").gte(from.toString()).lt(until.toString()));
        Map<String, Long> counts = new TreeMap<>();
        for (Document document : mongo.find(query, Document.class, COLLECTION)) {
            Document byRule = document.get("counts", Document.class);
            if (byRule != null) {
                byRule.forEach((rule, count) -> counts.merge(rule, ((Number) count).longValue(), Long::sum));
            }
        }
        return counts;
    }
}
