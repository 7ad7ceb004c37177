package vn.pdv.benchmarks;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import vn.pdv.aggregator.mongo.OncePerOrigin;
import vn.pdv.aggregator.mongo.OncePerOrigin.Guard;

/**
 * How many documents a second the store takes as intake writes them, and nothing else: {@link OncePerOrigin#applyAll},
 * bulk after bulk, each document a candidate's small one whose fold sets four fields. First every document is new
 * (inserted, as a replay's first step of a candidate), then every one is moved on twice (a read by ids and a
 * compare-and-set each). What intake adds per event (decoding, the signature, the fold) is not in it. One writer
 * writes as intake does, one bulk at a time; with more, each writes a collection of its own at the same time, the
 * most that writing several of a batch's collections at once could gain.
 */
final class GuardedWrites {

    private static final String DATABASE = "bench-guarded-writes";

    private final String connectionString;

    GuardedWrites(String connectionString) {
        this.connectionString = connectionString;
    }

    /** {@code documents} in all, shared among {@code writers}, each written three times. */
    Rate measure(int documents, int perBulk, int writers) {
        try (MongoClient client = MongoClients.create(connectionString);
             ExecutorService threads = Executors.newFixedThreadPool(writers)) {
            MongoTemplate mongo = new MongoTemplate(client, DATABASE);
            long start = System.nanoTime();
            CompletableFuture.allOf(IntStream.range(0, writers).mapToObj(writer -> CompletableFuture.runAsync(
                    () -> write(mongo, "candidates-" + writer, documents / writers, perBulk), threads))
                    .toArray(CompletableFuture[]::new)).join();
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            mongo.getDb().drop();
            return new Rate(3L * (documents / writers) * writers, took);
        }
    }

    private static void write(MongoTemplate mongo, String collection, int documents, int perBulk) {
        long sequence = 0;
        for (int round = 0; round < 3; round++) {
            for (int from = 0; from < documents; from += perBulk) {
                Map<String, List<Long>> changes = new LinkedHashMap<>();
                for (int i = from; i < Math.min(documents, from + perBulk); i++) {
                    changes.put(new UUID(16, i).toString(), List.of(++sequence));
                }
                String stage = "S" + round;
                int order = round;
                OncePerOrigin.applyAll(mongo, collection, changes, at -> new Guard("T01-C001", at),
                        (current, fresh) -> new Update().set("unit", "T01-C001-B0001").set("stage", stage)
                                .set("order", order).set("holder", "T01-C001"));
            }
        }
    }
}
