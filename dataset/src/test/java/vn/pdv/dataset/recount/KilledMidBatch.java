package vn.pdv.dataset.recount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import vn.pdv.aggregator.AggregatorApplication;
import vn.pdv.stack.ChildProcess;
import vn.pdv.stack.FreePorts;
import vn.pdv.stack.ServiceWiring;
import vn.pdv.stack.TestStack;

/**
 * An aggregator in a JVM of its own, killed outright (SIGKILL) while it takes in a backlog alone, at a moment when it
 * has written a batch's pipeline stock but not yet its logs' progress (written last): the batch half applied, its
 * offsets uncommitted. Then started again on the same port, database and group, to finish what it was doing beside
 * whichever instances there are.
 */
final class KilledMidBatch implements AutoCloseable {

    private static final int MOST_KILLS = 6;
    private static final Duration READY = Duration.ofSeconds(120);
    /** Killed only once a third of the backlog is in, so that it restarts on a store with much already applied. */
    private static final int KILLED_AFTER_PART = 3;

    private final String database;
    private final List<String> properties;
    private final int port = FreePorts.any();
    private final Path dir;
    private ChildProcess process;
    private int starts;

    KilledMidBatch(String database, List<String> properties) {
        this.database = database;
        this.properties = properties;
        try {
            this.dir = Files.createTempDirectory("killed-aggregator");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Starts the aggregator on the logs already on the topic and kills it when some log's candidates hold an event
     * beyond the log's noted progress, trying again (up to six times) when a kill misses that moment.
     */
    void killBetweenTheWritesOfABatch(Map<String, Long> lastSequences) {
        long events = sum(lastSequences);
        try (MongoClient client = MongoClients.create(TestStack.mongoConnectionString(database))) {
            MongoDatabase mongo = client.getDatabase(database);
            boolean caught = false;
            for (int kill = 1; kill <= MOST_KILLS && !caught; kill++) {
                restart();
                await().atMost(READY.multipliedBy(3)).pollInterval(Duration.ofMillis(10)).until(() -> {
                    Map<String, Long> noted = notedByLog(mongo, lastSequences);
                    long applied = sum(noted);
                    return applied * KILLED_AFTER_PART >= events && halfApplied(mongo, lastSequences, noted)
                            || applied == events;
                });
                process.kill();
                Map<String, Long> noted = notedByLog(mongo, lastSequences);
                caught = halfApplied(mongo, lastSequences, noted);
                System.out.printf("Kill %d of the aggregator (pid %d) with %,d of %,d events noted: %s%n", kill,
                        process.pid(), sum(noted), events, caught ? "between the writes of a batch" : "missed");
                assertThat(sum(noted) == events && !caught)
                        .as("the backlog ran out before a kill landed between writes; output in " + dir).isFalse();
            }
            assertThat(caught).as("a kill landed between the writes of a batch in %d tries", MOST_KILLS).isTrue();
        }
    }

    /** Starts the aggregator (again) and returns its port once it is ready. */
    int restart() {
        starts++;
        process = ChildProcess.start("the aggregator", ServiceWiring.javaCommand(List.of("-Xmx1g"),
                AggregatorApplication.class.getName(), AggregatorApplication.CONFIG_NAME, port, properties),
                environment -> { }, dir, dir.resolve("aggregator-" + starts + ".log"));
        process.awaitReady(URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"), READY);
        return port;
    }

    @Override
    public void close() {
        if (process != null) {
            process.close();
        }
    }

    private static long sum(Map<String, Long> sequences) {
        return sequences.values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * Some log's candidates hold an event beyond the log's noted progress ({@code noted}, read before them): a batch
     * written in part.
     */
    private static boolean halfApplied(MongoDatabase mongo, Map<String, Long> lastSequences, Map<String, Long> noted) {
        // One pass over the candidates, not one per log: a province has a hundred logs.
        for (Document furthest : mongo.getCollection("candidate_stages").aggregate(List.of(
                Aggregates.group("$log", Accumulators.max("sequence", "$sequence"))))) {
            String log = furthest.getString("_id");
            if (lastSequences.containsKey(log)
                    && ((Number) furthest.get("sequence")).longValue() > noted.getOrDefault(log, 0L)) {
                return true;
            }
        }
        return false;
    }

    /** Each of these logs' sequence noted as applied. */
    private static Map<String, Long> notedByLog(MongoDatabase mongo, Map<String, Long> lastSequences) {
        Map<String, Long> noted = new HashMap<>();
        for (Document mark : mongo.getCollection("logs").find(Filters.in("_id", lastSequences.keySet()))) {
            noted.put(mark.getString("_id"), ((Number) mark.get("sequence")).longValue());
        }
        return noted;
    }
}
