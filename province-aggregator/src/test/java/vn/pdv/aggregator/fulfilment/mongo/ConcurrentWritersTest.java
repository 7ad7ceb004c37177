package vn.pdv.aggregator.fulfilment.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.pdv.aggregator.fulfilment.Counter;
import vn.pdv.aggregator.fulfilment.Counts;
import vn.pdv.aggregator.fulfilment.Tally;
import vn.pdv.aggregator.hierarchy.Origin;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.mongo.DatabaseOfItsOwn;
import vn.pdv.aggregator.mongo.RebalancedWriters;
import vn.pdv.aggregator.quota.Metric;

/**
 * The batch write path against MongoDB, with the situations a consumer group produces: a batch redelivered cut at
 * other boundaries, and two writers applying overlapping batches of one log at once (a zombie that has not yet
 * noticed the rebalance, and the instance that took its partition over). Every event counts exactly once.
 */
class ConcurrentWritersTest {

    private static final UnitCode LOG = new UnitCode("CW-" + UUID.randomUUID().toString().substring(0, 6));
    private static final UnitCode BRANCH = new UnitCode(LOG.value() + "-A");
    private static final LocalDate JAN_1 = LocalDate.of(2024, 1, 1);
    private static final int EVENTS = 3_000;
    private static final int DAYS = 40;

    @RegisterExtension
    final DatabaseOfItsOwn database = new DatabaseOfItsOwn("concurrent-writers");

    @Test
    void aBatchRedeliveredAtOtherBoundariesAddsNothing() {
        MongoTallies tallies = new MongoTallies(database.mongo());
        List<Tally> log = tallies();
        tallies.add(log.subList(0, 1_000));
        // Crashed before the offsets were committed: redelivered from 0, in batches of another size.
        for (int from = 0; from < EVENTS; from += 700) {
            tallies.add(log.subList(from, Math.min(EVENTS, from + 700)));
        }
        tallies.add(log.subList(2_500, EVENTS));

        assertThat(total(tallies)).isEqualTo(EVENTS);
        assertThat(tallies.sum(Set.of(BRANCH), JAN_1, JAN_1.plusDays(1)).get(Metric.ADMISSIONS, Counter.TOTAL))
                .isEqualTo(EVENTS / DAYS);
    }

    @Test
    void twoWritersOnOverlappingBatchesOfOneLogCountEachEventOnce() {
        MongoTallies tallies = new MongoTallies(database.mongo());
        List<Tally> log = tallies();
        RebalancedWriters.play(EVENTS, (from, to) -> tallies.add(log.subList(from, to)));

        assertThat(total(tallies)).isEqualTo(EVENTS);
    }

    /** One admission per sequence, over {@value #DAYS} days: many events per document in every batch. */
    private static List<Tally> tallies() {
        return IntStream.rangeClosed(1, EVENTS).mapToObj(sequence -> new Tally(new Origin(LOG, sequence), BRANCH,
                JAN_1.plusDays(sequence % DAYS), Map.of(Metric.ADMISSIONS, Set.of(Counter.TOTAL)))).toList();
    }

    private static long total(MongoTallies tallies) {
        Counts counts = tallies.sum(Set.of(BRANCH), JAN_1, JAN_1.plusYears(1));
        return counts.get(Metric.ADMISSIONS, Counter.TOTAL);
    }
}
