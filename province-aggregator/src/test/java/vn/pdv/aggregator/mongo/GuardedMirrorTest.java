package vn.pdv.aggregator.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.index.Index;

/**
 * The mirror reads a collection larger than one reply of the wire protocol (48 MB): the province's tallies are ~60 MB,
 * and the embedded store answers a find without a batch size with every document in one reply, which the driver
 * refuses ("The reply message length … is greater than the maximum message length").
 */
class GuardedMirrorTest {

    @RegisterExtension
    final DatabaseOfItsOwn database = new DatabaseOfItsOwn("guarded-mirror");

    @Test
    void declaresTheIndexItsCatchUpFilterNeedsOnMongoDB() {
        new GuardedMirror(database.mongo(), "tallies", new GuardedMirror.Index() {
            @Override
            public void clear() {
            }

            @Override
            public void put(Document document) {
            }
        });

        assertThat(database.mongo().indexOps("tallies").getIndexInfo())
                .filteredOn(index -> index.getName().equals(GuardedMirror.CATCH_UP_INDEX)).singleElement()
                .satisfies(index -> assertThat(index.getIndexFields()).extracting(field -> field.getKey())
                        .containsExactly("log", "sequence"));
    }

    @Test
    void dropsTheGuardIndexEarlierVersionsKept() {
        database.mongo().indexOps("tallies").createIndex(new Index()
                .on("_id", Sort.Direction.ASC).on("log", Sort.Direction.ASC).on("sequence", Sort.Direction.ASC)
                .unique().named("guard"));

        new GuardedMirror(database.mongo(), "tallies", new GuardedMirror.Index() {
            @Override
            public void clear() {
            }

            @Override
            public void put(Document document) {
            }
        });

        assertThat(database.mongo().indexOps("tallies").getIndexInfo()).extracting(index -> index.getName())
                .doesNotContain("guard").contains(GuardedMirror.CATCH_UP_INDEX);
    }

    @Test
    void readsACollectionLargerThanOneReplyWhole() {
        // As many documents as the province's tallies, each a little larger: ~60 MB in all.
        String payload = "x".repeat(400);
        for (int chunk = 0; chunk < 150; chunk++) {
            int first = chunk * 1_000;
            List<Document> documents = IntStream.range(first, first + 1_000)
                    .mapToObj(n -> new Document("_id", "d" + n).append("payload", payload)).toList();
            database.mongo().getCollection("large").insertMany(documents);
        }
        Map<String, Integer> sizes = new HashMap<>();
        GuardedMirror mirror = new GuardedMirror(database.mongo(), "large", new GuardedMirror.Index() {
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
