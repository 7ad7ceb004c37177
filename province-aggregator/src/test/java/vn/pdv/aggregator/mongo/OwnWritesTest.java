package vn.pdv.aggregator.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import vn.pdv.aggregator.mongo.OncePerOrigin.Guard;
import vn.pdv.stack.TestStack;

/**
 * A mirror follows what its own process writes without looking for it: the documents by id, each log counted as far as
 * the process's batches took it on from where the mirror had seen it; another instance's writes are still found by
 * their logs. Two templates on one database stand for two aggregator instances.
 */
class OwnWritesTest {

    private static final String COLLECTION = "counted";

    @RegisterExtension
    final DatabaseOfItsOwn database = new DatabaseOfItsOwn("own-writes");

    /** What the mirror holds, and how many times it read the whole collection. */
    private final Map<String, Long> values = new HashMap<>();
    private final AtomicInteger wholeReads = new AtomicInteger();

    @Test
    void aBatchOfManyLogsWrittenHereIsReadByIdNotByReadingTheWholeCollectionAgain() {
        GuardedMirror mirror = mirror(database.mongo());
        mirror.read(values::size);
        assertThat(wholeReads).hasValue(1);

        List<Guard> batch = new ArrayList<>();
        for (int log = 1; log <= 40; log++) {
            for (long sequence = 1; sequence <= 3; sequence++) {
                batch.add(new Guard("L" + log, sequence));
            }
        }
        apply(database.mongo(), mirror, batch);

        assertThat(mirror.read(() -> Map.copyOf(values))).hasSize(120).containsEntry("L40-3", 3L);
        assertThat(wholeReads).as("forty logs moved, all by this process").hasValue(1);
    }

    @Test
    void whatAnotherInstanceWroteBetweenThisProcesssBatchesOfOneLogIsStillFound() {
        GuardedMirror mirror = mirror(database.mongo());
        mirror.read(values::size);
        try (MongoClient otherClient = MongoClients.create(TestStack.mongoConnectionString(
                database.mongo().getDb().getName()))) {
            MongoTemplate other = new MongoTemplate(otherClient, database.mongo().getDb().getName());
            GuardedMirror otherMirror = mirror(other);

            apply(database.mongo(), mirror, List.of(new Guard("X", 1), new Guard("X", 2)));
            // The partition moved to the other instance for a while, and back.
            apply(other, otherMirror, List.of(new Guard("X", 3), new Guard("X", 4)));
            apply(database.mongo(), mirror, List.of(new Guard("X", 5)));

            assertThat(mirror.read(() -> Map.copyOf(values))).containsOnlyKeys("X-1", "X-2", "X-3", "X-4", "X-5");
        }
    }

    private GuardedMirror mirror(MongoTemplate mongo) {
        boolean mine = mongo == database.mongo();
        return new GuardedMirror(mongo, COLLECTION, new GuardedMirror.Index() {
            @Override
            public void clear() {
                if (mine) {
                    values.clear();
                    wholeReads.incrementAndGet();
                }
            }

            @Override
            public void put(Document document) {
                if (mine) {
                    values.put(document.getString("_id"), document.getLong("value"));
                }
            }
        });
    }

    /** As intake applies a batch: each event's document through the mirror, then the logs' progress, then the note. */
    private static void apply(MongoTemplate mongo, GuardedMirror mirror, List<Guard> events) {
        Map<String, List<Guard>> byDocument = new LinkedHashMap<>();
        events.forEach(event -> byDocument.put(event.log() + "-" + event.sequence(), List.of(event)));
        mirror.applyAll(byDocument, Function.identity(),
                (current, fresh) -> new Update().set("value", fresh.getLast().sequence()));
        Map<String, List<Guard>> byLog = new LinkedHashMap<>();
        events.forEach(event -> byLog.computeIfAbsent(event.log(), log -> new ArrayList<>()).add(event));
        OncePerOrigin.applyAll(mongo, "logs", byLog, Function.identity(), (current, fresh) -> new Update());
        GuardedMirror.noted(mongo, byLog.entrySet().stream().map(log -> new GuardedMirror.Noted(log.getKey(),
                log.getValue().getFirst().sequence(), log.getValue().getLast().sequence())).toList());
    }
}
