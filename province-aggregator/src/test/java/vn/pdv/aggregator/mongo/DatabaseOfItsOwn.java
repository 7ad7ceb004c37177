package vn.pdv.aggregator.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.pdv.stack.TestStack;

/**
 * A database of the test's own in the test stack's MongoDB, fresh before each test and its client closed after: for
 * tests of the repositories themselves, where two repositories on one database stand for two aggregator instances.
 *
 * <pre>{@code
 * @RegisterExtension
 * final DatabaseOfItsOwn database = new DatabaseOfItsOwn("mirrored-reads");
 * }</pre>
 */
public final class DatabaseOfItsOwn implements BeforeEachCallback, AfterEachCallback {

    private final String prefix;
    private MongoClient client;
    private MongoTemplate mongo;

    /** @param prefix the start of each database's name, so a leftover one says which test made it */
    public DatabaseOfItsOwn(String prefix) {
        this.prefix = prefix;
    }

    /** The current test's database. */
    public MongoTemplate mongo() {
        return mongo;
    }

    /** What intake does after a batch's other writes: the log's progress, which mirrors catch up from. */
    public void noted(String log, long sequence) {
        mongo.getCollection("logs").updateOne(new Document("_id", log), Updates.set("sequence", sequence),
                new UpdateOptions().upsert(true));
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        String database = prefix + "-" + UUID.randomUUID();
        client = MongoClients.create(TestStack.mongoConnectionString(database));
        mongo = new MongoTemplate(client, database);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        client.close();
    }
}
