package vn.pdv.aggregator.fulfilment.mongo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import vn.pdv.aggregator.mongo.GuardedMirror;
import vn.pdv.aggregator.mongo.OncePerOrigin;
import vn.pdv.aggregator.mongo.OncePerOrigin.Guard;
import vn.pdv.aggregator.quota.Metric;

/**
 * Tallies in {@code tallies}: one document per unit, day and source log, holding the counters and the
 * sequence of the last event from that log applied to it. A batch's tallies for one document are summed into one
 * {@code $inc}, applied once by {@link OncePerOrigin#applyAll}: a batch of a thousand admissions on one day is one
 * write. Sums are answered from a {@link GuardedMirror} of the collection ({@link TallyIndex}: by unit and day in
 * memory), so a read costs the days it asks for, not a scan of every tally ever received.
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
            String id = tally.unit().value() + "|" + tally.on() + "|" + tally.origin().log().value();
            byDocument.computeIfAbsent(id, document -> new ArrayList<>()).add(tally);
        }
        mirror.applyAll(byDocument,
                tally -> new Guard(tally.origin().log().value(), tally.origin().sequence()), (current, fresh) -> {
            Map<Metric, Map<Counter, Integer>> sums = new EnumMap<>(Metric.class);
            for (Tally tally : fresh) {
                tally.counters().forEach((metric, counters) -> {
                    Map<Counter, Integer> sum = sums.computeIfAbsent(metric, m -> new EnumMap<>(Counter.class));
                    counters.forEach(counter -> sum.merge(counter, tally.by(), Integer::sum));
                });
                tally.amounts().forEach((metric, amounts) -> {
                    Map<Counter, Integer> sum = sums.computeIfAbsent(metric, m -> new EnumMap<>(Counter.class));
                    amounts.forEach((counter, amount) -> sum.merge(counter, amount * tally.by(), Integer::sum));
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
        return mirror.read(() -> index.sum(units, from, until));
    }

    @Override
    public Set<UnitCode> countingIn(Metric metric, Set<UnitCode> units, LocalDate from, LocalDate until) {
        return mirror.read(() -> index.countingIn(metric, units, from, until));
    }
}
