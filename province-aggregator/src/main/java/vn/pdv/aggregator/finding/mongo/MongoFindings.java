package vn.pdv.aggregator.finding.mongo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.bson.Document;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import vn.pdv.aggregator.finding.Findings;
import vn.pdv.aggregator.finding.Found;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.mongo.DocumentsByUnitAndDay;
import vn.pdv.aggregator.mongo.GuardedMirror;
import vn.pdv.aggregator.mongo.OncePerOrigin;
import vn.pdv.aggregator.mongo.OncePerOrigin.Guard;

/**
 * Findings in {@code findings}: one document per unit, day and source log, as the tallies, holding the count per rule
 * and the guard of the last event applied ({@link OncePerOrigin}). Counts are answered from a {@link GuardedMirror} of
 * the collection (by unit and day in memory, {@link DocumentsByUnitAndDay}), as the tallies are: a report asks them for the
 * reporting unit's whole subtree and for each unit beneath, and a query naming a province's ten thousand units in an
 * {@code $in} is a scan of the collection matched against that list on mongo-java-server.
 */
@Repository
class MongoFindings implements Findings {

    private static final String COLLECTION = "findings";

    private final MongoTemplate mongo;
    private final DocumentsByUnitAndDay<Map<String, Long>, Map<String, Long>> index =
            new DocumentsByUnitAndDay<>(MongoFindings::read, MongoFindings::count);
    private final GuardedMirror mirror;

    MongoFindings(MongoTemplate mongo) {
        this.mongo = mongo;
        this.mirror = new GuardedMirror(mongo, COLLECTION, index);
    }

    /** Fills the cache at start-up rather than on the first reader's time. */
    @EventListener(ApplicationReadyEvent.class)
    void warm() {
        mirror.warm();
    }

    @Override
    public void add(List<Found> found) {
        Map<String, List<Found>> byDocument = new LinkedHashMap<>();
        for (Found one : found) {
            String id = DocumentsByUnitAndDay.id(one.unit(), one.on(), one.origin().log().value());
            byDocument.computeIfAbsent(id, document -> new ArrayList<>()).add(one);
        }
        mirror.applyAll(byDocument,
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
        return mirror.read(() -> index.answer(units, from, until));
    }

    private static Map<String, Long> read(Document document) {
        Map<String, Long> byRule = new TreeMap<>();
        Document rules = document.get("counts", Document.class);
        if (rules != null) {
            rules.forEach((rule, count) -> byRule.put(rule, ((Number) count).longValue()));
        }
        return byRule;
    }

    private static Map<String, Long> count(DocumentsByUnitAndDay.Asked asked,
                                           DocumentsByUnitAndDay<Map<String, Long>, Map<String, Long>> findings) {
        Map<String, Long> total = new TreeMap<>();
        for (UnitCode unit : asked.units()) {
            findings.forEachOf(unit, asked, byRule -> byRule.forEach((rule, count) -> total.merge(rule, count,
                    Long::sum)));
        }
        return Collections.unmodifiableMap(total);
    }
}
