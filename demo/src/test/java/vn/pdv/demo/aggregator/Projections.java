package vn.pdv.demo.aggregator;

import static com.mongodb.client.model.Filters.in;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bson.Document;
import vn.pdv.aggregator.fulfilment.Stage;
import vn.pdv.stack.JsonApi;
import vn.pdv.stack.TestStack;

/** Reads an aggregator's figures: through its API, and as the documents it wrote for some committees' logs. */
final class Projections {

    private static final List<String> COLLECTIONS = List.of("tallies", "candidate_stages", "logs", "units", "quotas");

    private Projections() {
    }

    /** Every committee's figures are exactly what its script says, and its log is complete without gaps. */
    static void assertExact(JsonApi aggregator, CommitteeLogs logs) {
        for (String committee : logs.committees()) {
            CommitteeLogs.Expected expected = logs.expected(committee);
            JsonApi.Answer progress = aggregator.get("/api/progress/" + committee + "/2024");
            assertThat(progress.status()).as(committee).isEqualTo(200);
            assertThat(progress.<Integer>read("$.sources.actual")).as(committee + " sources")
                    .isEqualTo((int) expected.sources());
            assertThat(progress.<Integer>read("$.admissions.actual")).as(committee + " admissions")
                    .isEqualTo((int) expected.admissions());
            assertThat(progress.<Integer>read("$.pipeline.EXITS")).as(committee + " exits")
                    .isEqualTo((int) expected.exits());
            for (Stage stage : Stage.values()) {
                assertThat(progress.<Integer>read("$.stock." + stage.name()).longValue())
                        .as(committee + " stock " + stage).isEqualTo(expected.stock().getOrDefault(stage, 0L));
            }
            JsonApi.Answer log = aggregator.get("/api/logs/" + committee);
            assertThat(log.<Integer>read("$[0].lastSequence").longValue()).as(committee + " last sequence")
                    .isEqualTo(logs.lastSequence(committee));
            assertThat(log.<List<?>>read("$[0].gaps")).as(committee + " gaps").isEmpty();
        }
    }

    /** True once every log's last sequence is noted. */
    static boolean caughtUp(JsonApi aggregator, CommitteeLogs logs) {
        return logs.committees().stream()
                .allMatch(committee -> noted(aggregator, committee) == logs.lastSequence(committee));
    }

    /**
     * The last sequence an instance has noted for a committee's log; 0 before it knows the committee, and while it
     * knows it only as registered (a batch applies registrations just before its logs' progress).
     */
    static long noted(JsonApi aggregator, String committee) {
        JsonApi.Answer log = aggregator.get("/api/logs/" + committee);
        List<Number> noted = log.status() == 200 ? log.<List<Number>>read("$[*].lastSequence") : List.of();
        return noted.isEmpty() ? 0 : noted.getFirst().longValue();
    }

    /** Every document these logs wrote, by collection and id, as stored. */
    static Map<String, Map<Object, Document>> documents(String database, Collection<String> committees) {
        Map<String, Map<Object, Document>> all = new TreeMap<>();
        try (MongoClient client = MongoClients.create(TestStack.mongoConnectionString(database))) {
            MongoDatabase db = client.getDatabase(database);
            for (String collection : COLLECTIONS) {
                Map<Object, Document> byId = new TreeMap<>();
                String field = collection.equals("logs") ? "_id" : "log";
                db.getCollection(collection).find(in(field, committees))
                        .forEach(document -> byId.put(document.get("_id"), document));
                all.put(collection, byId);
            }
        }
        return all;
    }
}
