package vn.pdv.demo.aggregator;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.stream.Stream;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.pdv.demo.ServiceProcess;
import vn.pdv.stack.JsonApi;
import vn.pdv.stack.TestStack;
import vn.pdv.stack.TestStackInitializer;

/**
 * The aggregator, in a JVM of its own, killed outright (SIGKILL) while it works through a backlog, at a moment when
 * it has written a batch's pipeline stock but not yet its logs' progress: the batch is half applied and its offsets
 * uncommitted. Restarted on the same database and group, it gets the batch again, in other boundaries, and every
 * figure comes out exact.
 */
class KilledAggregatorTest {

    private static final Logger LOG = LoggerFactory.getLogger(KilledAggregatorTest.class);
    private static final int MOST_KILLS = 6;

    @Test
    void anAggregatorKilledBetweenTheWritesOfABatchRestartsAndEveryFigureIsExact() throws Exception {
        String database = "killed-" + UUID.randomUUID();
        Path output = Files.createTempFile("killed-aggregator", ".log");
        try (CommitteeLogs logs = new CommitteeLogs("KA", 6, 2_000);
             MongoClient client = MongoClients.create(TestStack.mongoConnectionString(database))) {
            logs.playAll();
            MongoDatabase mongo = client.getDatabase(database);
            ServiceProcess aggregator = ServiceProcess.aggregator(Stream.concat(
                    TestStackInitializer.properties(database).stream(),
                    Stream.of("pdv.aggregator.group-id=killed-" + UUID.randomUUID())).toList(), output);
            boolean caughtBetweenWrites = false;
            for (int kill = 1; kill <= MOST_KILLS && !caughtBetweenWrites; kill++) {
                aggregator.start();
                await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(10))
                        .until(() -> halfApplied(mongo, logs) || allNoted(mongo, logs));
                aggregator.kill();
                caughtBetweenWrites = halfApplied(mongo, logs);
                LOG.info("Kill {}: {}", kill, caughtBetweenWrites ? "between the writes of a batch" : "missed");
                assertThat(allNoted(mongo, logs) && !caughtBetweenWrites)
                        .as("the backlog ran out before a kill landed between writes; output in " + output).isFalse();
            }
            assertThat(caughtBetweenWrites).as("a kill landed between the writes of a batch in " + MOST_KILLS
                    + " tries").isTrue();

            JsonApi restarted = aggregator.start();
            try {
                await().atMost(Duration.ofMinutes(3)).until(() -> Projections.caughtUp(restarted, logs));
                Projections.assertExact(restarted, logs);
            } finally {
                aggregator.stop();
            }
        }
    }

    /** Every log's last sequence is noted: nothing left to kill the aggregator in the middle of. */
    private static boolean allNoted(MongoDatabase mongo, CommitteeLogs logs) {
        return logs.committees().stream().allMatch(committee -> {
            Document mark = mongo.getCollection("logs").find(eq("_id", committee)).first();
            return mark != null && ((Number) mark.get("sequence")).longValue() == logs.lastSequence(committee);
        });
    }

    /**
     * Some log's candidates hold an event beyond the log's noted progress: the stock of a batch is written, its
     * logs' progress (written last) is not.
     */
    private static boolean halfApplied(MongoDatabase mongo, CommitteeLogs logs) {
        for (String committee : logs.committees()) {
            Document mark = mongo.getCollection("logs").find(eq("_id", committee)).first();
            Document furthest = mongo.getCollection("candidate_stages").find(eq("log", committee))
                    .sort(Sorts.descending("sequence")).limit(1).first();
            long noted = mark == null ? 0 : ((Number) mark.get("sequence")).longValue();
            if (furthest != null && ((Number) furthest.get("sequence")).longValue() > noted) {
                return true;
            }
        }
        return false;
    }
}
