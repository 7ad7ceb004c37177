package vn.pdv.aggregator.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.pdv.stack.TestStack;

/**
 * The mirror reads a collection larger than one reply of the wire protocol (48 MB): the province's tallies are ~60 MB,
 * and the embedded store answers a find without a batch size with every document in one reply, which the driver
 * refuses ("The reply message length … is greater than the maximum message length").
 */
class GuardedMirrorTest {

    private MongoClient client;
    private MongoTemplate mongo;

    @BeforeEach
    void connect() {
        String database = "guarded-mirror-" + UUID.randomUUID();
        client = MongoClients.create(TestStack.mongoConnectionString(database));
        mongo = new MongoTemplate(client, database);
    }

    @AfterEach
    void disconnect() {
        client.close();
    }

    @Test
    void declaresTheIndexItsCatchUpFilterNeedsOnMongoDB() {
        new GuardedMirror(mongo, "tallies", new GuardedMirror.Index() {
            @Override
            public void clear() {
            }

            @Override
            public void put(Document document) {
            }
        });

        assertThat(mongo.indexOps("tallies").getIndexInfo())
                .filteredOn(index -> index.getName().equals(GuardedMirror.CATCH_UP_INDEX)).singleElement()
                .satisfies(index -> assertThat(index.getIndexFields()).extracting(field -> field.getKey())
                        .containsExactly("log", "sequence"));
    }

    @Test
    void readsACollectionLargerThanOneReplyWhole() {
        // As many documents as the province's tallies, each a little larger: ~60 MB in all.
        String payload = "x".repeat(400);
        for (int chunk = 0; chunk < 150; chunk++) {
            int first = chunk * 1_000;
            List<Document> documents = IntStream.range(first, first + 1_000)
                    .mapToObj(n -> new Document("_id", "d" + n).append("payload", payload)).toList();
            mongo.getCollection("large").insertMany(documents);
        }
        Map<String, Integer> sizes = new HashMap<>();
        GuardedMirror mirror = new GuardedMirror(mongo, "large", new GuardedMirror.Index() {
            @Override
            public void clear() {
                sizes.clear();
            }

            @Override
            public void put(Document document) {
                sizes.put(document.getString("_id"), document.getString("payload").length());
            }
        });

        assertThat(mirror.read(sizes::size)).isEqualTo(150_000);
        assertThat(sizes).containsEntry("d149999", 400);
    }
}
