package vn.pdv.aggregator.finding.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.pdv.aggregator.finding.Found;
import vn.pdv.aggregator.hierarchy.Origin;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.mongo.DatabaseOfItsOwn;

/**
 * Findings are counted from memory, as the tallies are: what one instance applies, another counts once intake has
 * noted the batch in {@code logs}; a redelivered event changes nothing; a count covers only the units and days asked.
 */
class MirroredFindingsTest {

    private static final UnitCode LOG = new UnitCode("MF-" + UUID.randomUUID().toString().substring(0, 6));
    private static final UnitCode BRANCH = new UnitCode(LOG.value() + "-A");
    private static final UnitCode OTHER_BRANCH = new UnitCode(LOG.value() + "-B");
    private static final LocalDate MARCH_3 = LocalDate.of(2025, 3, 3);

    @RegisterExtension
    final DatabaseOfItsOwn database = new DatabaseOfItsOwn("mirrored-findings");

    @Test
    void anInstanceCountsWhatAnotherAppliedOnceTheBatchIsNoted() {
        MongoFindings reading = new MongoFindings(database.mongo());
        MongoFindings applying = new MongoFindings(database.mongo());
        assertThat(march(reading, Set.of(BRANCH, OTHER_BRANCH))).isEmpty();

        applying.add(List.of(late(1, BRANCH, MARCH_3, "DECISION_DEADLINE"),
                late(2, OTHER_BRANCH, MARCH_3.plusDays(1), "CEREMONY_DEADLINE")));
        database.noted(LOG.value(), 2);
        assertThat(march(reading, Set.of(BRANCH, OTHER_BRANCH)))
                .isEqualTo(Map.of("DECISION_DEADLINE", 1L, "CEREMONY_DEADLINE", 1L));

        // The same document again (its count grows), a redelivery that changes nothing, a day outside the month.
        applying.add(List.of(late(2, OTHER_BRANCH, MARCH_3.plusDays(1), "CEREMONY_DEADLINE"),
                late(3, BRANCH, MARCH_3, "DECISION_DEADLINE"), late(4, BRANCH, MARCH_3.plusMonths(1),
                        "DECISION_DEADLINE")));
        database.noted(LOG.value(), 4);
        assertThat(march(reading, Set.of(BRANCH))).isEqualTo(Map.of("DECISION_DEADLINE", 2L));
        assertThat(march(reading, Set.of(BRANCH, OTHER_BRANCH))).isEqualTo(march(applying, Set.of(BRANCH,
                OTHER_BRANCH))).containsEntry("CEREMONY_DEADLINE", 1L);
    }

    private static Map<String, Long> march(MongoFindings findings, Set<UnitCode> units) {
        return findings.count(units, MARCH_3.withDayOfMonth(1), MARCH_3.withDayOfMonth(1).plusMonths(1));
    }

    private static Found late(long sequence, UnitCode branch, LocalDate on, String rule) {
        return new Found(new Origin(LOG, sequence), branch, on, List.of(rule));
    }
}
