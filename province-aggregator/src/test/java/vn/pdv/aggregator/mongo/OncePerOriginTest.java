package vn.pdv.aggregator.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import vn.pdv.aggregator.mongo.OncePerOrigin.Guard;

/**
 * Each event changes a document at most once, however many logs write it: an event of one log delivered again after
 * another log's (a rebalance's redelivery, once a candidate's branch went over to another committee's log) is known as
 * applied. Each document counts the events applied to it.
 */
class OncePerOriginTest {

    private static final String COLLECTION = "once";

    @RegisterExtension
    final DatabaseOfItsOwn database = new DatabaseOfItsOwn("once-per-origin");

    @Test
    void anEventDeliveredAgainAfterAnotherLogsIsNotAppliedTwice() {
        apply("c", new Guard("L1", 20));
        apply("c", new Guard("L2", 5));
        apply("c", new Guard("L1", 20));
        assertThat(document("c")).containsEntry("applied", 2).containsEntry("last", "L2|5");

        // The next of either log is new; in one batch, a repeat beside a new one counts the new one only.
        apply("c", new Guard("L1", 21));
        apply("c", new Guard("L2", 5), new Guard("L2", 6), new Guard("L1", 21));
        assertThat(document("c")).containsEntry("applied", 4).containsEntry("last", "L2|6");
    }

    @Test
    void aDocumentOneLogWritesKeepsItsOneGuard() {
        apply("d", new Guard("L1", 1));
        apply("d", new Guard("L1", 2), new Guard("L1", 1));
        assertThat(document("d")).containsEntry("applied", 2).containsEntry("log", "L1").containsEntry("sequence", 2L)
                .doesNotContainKey("guards");
    }

    private void apply(String id, Guard... events) {
        OncePerOrigin.applyAll(database.mongo(), COLLECTION, Map.of(id, List.of(events)), Function.identity(),
                (current, fresh) -> new Update().inc("applied", fresh.size())
                        .set("last", fresh.getLast().log() + "|" + fresh.getLast().sequence()));
    }

    private Document document(String id) {
        return database.mongo().findOne(Query.query(where("_id").is(id)), Document.class, COLLECTION);
    }
}
