package vn.pdv.aggregator.fulfilment.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.pdv.aggregator.fulfilment.Counter;
import vn.pdv.aggregator.fulfilment.Tally;
import vn.pdv.aggregator.hierarchy.Origin;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.mongo.DatabaseOfItsOwn;
import vn.pdv.aggregator.quota.Metric;

/**
 * Two instances on one MongoDB, each answering reads from its own memory: what one applies, the other answers as soon
 * as intake has noted the batch in {@code logs}, and both answer the same figures. The instances are two repositories
 * on one database, as two processes would be.
 */
class MirroredReadsTest {

    private static final UnitCode LOG = new UnitCode("MR-" + UUID.randomUUID().toString().substring(0, 6));
    private static final UnitCode BRANCH = new UnitCode(LOG.value() + "-A");
    private static final UnitCode OTHER_BRANCH = new UnitCode(LOG.value() + "-B");
    private static final LocalDate MARCH_3 = LocalDate.of(2025, 3, 3);

    @RegisterExtension
    final DatabaseOfItsOwn database = new DatabaseOfItsOwn("mirrored-reads");

    @Test
    void anInstanceAnswersWhatAnotherAppliedOnceTheBatchIsNoted() {
        MongoTallies reading = new MongoTallies(database.mongo());
        MongoTallies applying = new MongoTallies(database.mongo());
        assertThat(admissions(reading)).isZero();

        applying.add(List.of(admitted(1, BRANCH), admitted(2, BRANCH), admitted(3, OTHER_BRANCH)));
        database.noted(LOG.value(), 3);
        assertThat(admissions(reading)).isEqualTo(3);
        assertThat(admissions(applying)).isEqualTo(3);

        // The same document again (its counter grows), a new one, and a redelivery that changes nothing.
        applying.add(List.of(admitted(2, BRANCH), admitted(4, BRANCH), admitted(5, OTHER_BRANCH)));
        database.noted(LOG.value(), 5);
        assertThat(admissions(reading)).isEqualTo(5);
        assertThat(reading.sum(Set.of(BRANCH), MARCH_3, MARCH_3.plusDays(1)).get(Metric.ADMISSIONS, Counter.TOTAL))
                .isEqualTo(3);
        assertThat(reading.sum(Set.of(OTHER_BRANCH), MARCH_3, MARCH_3.plusDays(1))
                .get(Metric.ADMISSIONS, Counter.YOUTH_UNION)).isEqualTo(2);
    }

    private long admissions(MongoTallies tallies) {
        return tallies.sum(Set.of(BRANCH, OTHER_BRANCH), MARCH_3.withDayOfMonth(1), MARCH_3.plusMonths(1))
                .get(Metric.ADMISSIONS, Counter.TOTAL);
    }

    private static Tally admitted(long sequence, UnitCode branch) {
        return new Tally(new Origin(LOG, sequence), branch, MARCH_3,
                Map.of(Metric.ADMISSIONS, Set.of(Counter.TOTAL, Counter.YOUTH_UNION)));
    }
}
