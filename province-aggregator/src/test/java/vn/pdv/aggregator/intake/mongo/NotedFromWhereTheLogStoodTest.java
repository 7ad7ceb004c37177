package vn.pdv.aggregator.intake.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import vn.pdv.aggregator.hierarchy.Origin;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.intake.Effect;
import vn.pdv.aggregator.intake.Received;
import vn.pdv.aggregator.mongo.DatabaseOfItsOwn;
import vn.pdv.aggregator.mongo.GuardedMirror;
import vn.pdv.aggregator.mongo.OncePerOrigin;
import vn.pdv.aggregator.mongo.OncePerOrigin.Guard;
import vn.pdv.stack.TestStack;

/**
 * A batch notes each log from where the log stood before it, not from the lowest sequence it carried. A partition
 * handed over between two instances, and a relay's resend of an event already applied in the new owner's first batch:
 * the sequences the old owner applied in between are still looked for by the new owner's mirror. (Seen as one
 * candidate counted at the wrong stage in {@code ScaleOutTest}, after the first instance left.)
 */
class NotedFromWhereTheLogStoodTest {

    private static final String COLLECTION = "counted";
    private static final UnitCode LOG = new UnitCode("NF-1");

    @RegisterExtension
    final DatabaseOfItsOwn database = new DatabaseOfItsOwn("noted-from");

    private final Map<String, Long> mirrored = new HashMap<>();

    @Test
    void aResentEventBesideNewOnesDoesNotHideWhatAnotherInstanceAppliedBetween() {
        MongoTemplate here = database.mongo();
        GuardedMirror mirror = new GuardedMirror(here, COLLECTION, new GuardedMirror.Index() {
            @Override
            public void clear() {
                mirrored.clear();
            }

            @Override
            public void put(Document document) {
                mirrored.put(document.getString("_id"), document.getLong("value"));
            }
        });
        MongoLogs logsHere = new MongoLogs(here);
        try (MongoClient otherClient = MongoClients.create(
                TestStack.mongoConnectionString(here.getDb().getName()))) {
            MongoTemplate other = new MongoTemplate(otherClient, here.getDb().getName());
            MongoLogs logsThere = new MongoLogs(other);

            apply(mirror::applyAll, logsHere, List.of(1L, 2L));
            assertThat(mirror.read(() -> Map.copyOf(mirrored))).containsOnlyKeys("e1", "e2");
            // The partition goes to the other instance for two events, then comes back.
            apply((changes, guard, fold) -> OncePerOrigin.applyAll(other, COLLECTION, changes, guard, fold),
                    logsThere, List.of(3L, 4L));
            // The first batch back: a new event, and event 2 sent a second time by the committee's relay.
            apply(mirror::applyAll, logsHere, List.of(5L, 2L));

            assertThat(mirror.read(() -> Map.copyOf(mirrored))).containsOnlyKeys("e1", "e2", "e3", "e4", "e5");
        }
    }

    /** How a writer applies a batch's documents: through the mirror here, straight to the store there. */
    @FunctionalInterface
    private interface Writer {
        void applyAll(Map<String, List<Guard>> changes, Function<Guard, Guard> guard, OncePerOrigin.Fold<Guard> fold);
    }

    /** As intake applies a batch: a document per event, then the logs' progress (which notes it to the mirrors). */
    private static void apply(Writer writer, MongoLogs logs, List<Long> sequences) {
        Map<String, List<Guard>> byDocument = new LinkedHashMap<>();
        sequences.forEach(sequence -> byDocument.put("e" + sequence, List.of(new Guard(LOG.value(), sequence))));
        writer.applyAll(byDocument, Function.identity(),
                (current, fresh) -> new Update().set("value", fresh.getLast().sequence()));
        Instant now = Instant.parse("2025-03-03T02:00:00Z");
        logs.received(sequences.stream().map(sequence -> new Received(new Origin(LOG, sequence), now, now,
                new Effect.ReceivedOnly())).toList());
    }
}
