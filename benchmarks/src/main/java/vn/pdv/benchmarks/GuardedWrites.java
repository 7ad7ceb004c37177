package vn.pdv.benchmarks;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import vn.pdv.aggregator.mongo.OncePerOrigin;
import vn.pdv.aggregator.mongo.OncePerOrigin.Guard;

/**
 * How many documents a second the store takes as intake writes them, and nothing else: {@link OncePerOrigin#applyAll}
 * from one thread, bulk after bulk, each document a candidate's small one whose fold sets four fields. First every
 * document is new (inserted, as a replay's first step of a candidate), then every one is moved on twice (a read by ids
 * and a compare-and-set each). What intake adds per event (decoding, the signature, the fold) is not in it, so the
 * replay's document writes at this rate are the least that replay can take with this design on this store.
 */
final class GuardedWrites {

    private static final String DATABASE = "bench-guarded-writes";
    private static final String COLLECTION = "candidates";

    private final String connectionString;

    GuardedWrites(String connectionString) {
        this.connectionString = connectionString;
    }

    Rate measure(int documents, int perBulk) {
        try (MongoClient client = MongoClients.create(connectionString)) {
            MongoTemplate mongo = new MongoTemplate(client, DATABASE);
            long start = System.nanoTime();
            long sequence = 0;
            for (int round = 0; round < 3; round++) {
                for (int from = 0; from < documents; from += perBulk) {
                    Map<String, List<Long>> changes = new LinkedHashMap<>();
                    for (int i = from; i < Math.min(documents, from + perBulk); i++) {
                        changes.put(new UUID(16, i).toString(), List.of(++sequence));
                    }
                    int stage = round;
                    OncePerOrigin.applyAll(mongo, COLLECTION, changes, at -> new Guard("T01-C001", at),
                            (current, fresh) -> new Update().set("unit", "T01-C001-B0001").set("stage", "S" + stage)
                                    .set("order", stage).set("holder", "T01-C001"));
                }
            }
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            mongo.getDb().drop();
            return new Rate(3L * documents, took);
        }
    }
}
