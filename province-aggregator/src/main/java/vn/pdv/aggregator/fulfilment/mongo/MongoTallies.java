package vn.pdv.aggregator.fulfilment.mongo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import vn.pdv.aggregator.fulfilment.Counter;
import vn.pdv.aggregator.fulfilment.Counts;
import vn.pdv.aggregator.fulfilment.Tallies;
import vn.pdv.aggregator.fulfilment.Tally;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.mongo.DocumentsByUnitAndDay;
import vn.pdv.aggregator.mongo.GuardedMirror;
import vn.pdv.aggregator.mongo.OncePerOrigin;
import vn.pdv.aggregator.mongo.OncePerOrigin.Guard;
import vn.pdv.aggregator.quota.Metric;

/**
 * Tallies in {@code tallies}: one document per unit, day and source log, holding the counters and the
 * sequence of the last event from that log applied to it. A batch's tallies for one document are summed and added to
 * the counters as read, applied once by {@link OncePerOrigin#applyAll}: a batch of a thousand admissions on one day
 * is one write. Sums are answered from a {@link GuardedMirror} of the collection ({@link TallyIndex}: by unit and day
 * in memory), so a read costs the days it asks for, not a scan of every tally ever received.
 */
@Repository
class MongoTallies implements Tallies {

    private static final String COLLECTION = "tallies";

    private final MongoTemplate mongo;
    private final TallyIndex index = new TallyIndex();
    private final GuardedMirror mirror;

    MongoTallies(MongoTemplate mongo) {
        this.mongo = mongo;
        this.mirror = new GuardedMirror(mongo, COLLECTION, index);
    }

    /** Fills the cache at start-up rather than on the first reader's time. */
    @EventListener(ApplicationReadyEvent.class)
    void warm() {
        mirror.warm();
    }

    @Override
    public void add(List<Tally> tallies) {
        Map<String, List<Tally>> byDocument = new LinkedHashMap<>();
        for (Tally tally : tallies) {
            String id = DocumentsByUnitAndDay.id(tally.unit(), tally.on(), tally.origin().log().value());
            byDocument.computeIfAbsent(id, document -> new ArrayList<>()).add(tally);
        }
        mirror.applyAll(byDocument,
                tally -> new Guard(tally.origin().log().value(), tally.origin().sequence()), (current, fresh) -> {
            Document counts = copyOf(current == null ? null : current.get("counts", Document.class));
            for (Tally tally : fresh) {
                tally.counters().forEach((metric, counters) ->
                        counters.forEach(counter -> add(counts, metric, counter, tally.by())));
                tally.amounts().forEach((metric, amounts) ->
                        amounts.forEach((counter, amount) -> add(counts, metric, counter, amount * tally.by())));
            }
            Tally first = fresh.getFirst();
            return new Update().set("unit", first.unit().value()).set("day", first.on().toString())
                    .set("counts", counts);
        });
    }

    /**
     * The counters as read, to which the batch's tallies are added and which are then written whole in one
     * {@code $set} rather than one {@code $inc} per counter, which the embedded store applies path by path (a third of
     * its time in a replay). The write is a compare-and-set on the guard as read, so nothing can have changed the
     * counters in between.
     */
    private static Document copyOf(Document read) {
        Document counts = new Document();
        if (read != null) {
            read.forEach((metric, counters) -> counts.put(metric, new Document((Document) counters)));
        }
        return counts;
    }

    private static void add(Document counts, Metric metric, Counter counter, int delta) {
        Document counters = (Document) counts.computeIfAbsent(metric.name(), name -> new Document());
        counters.merge(counter.name(), delta, (was, by) -> asStored(((Number) was).longValue() + (Integer) by));
    }

    /** A 32-bit integer where it fits, as {@code $inc} keeps one. */
    private static Number asStored(long value) {
        return value == (int) value ? (Number) (int) value : (Number) value;
    }

    @Override
    public Counts sum(Set<UnitCode> units, LocalDate from, LocalDate until) {
        return mirror.read(() -> index.sum(units, from, until));
    }

    @Override
    public Set<UnitCode> countingIn(Metric metric, Set<UnitCode> units, LocalDate from, LocalDate until) {
        return mirror.read(() -> index.countingIn(metric, units, from, until));
    }
}
