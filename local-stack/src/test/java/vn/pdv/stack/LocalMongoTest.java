package vn.pdv.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LocalMongoTest {

    @Test
    void findsWhatWasInserted() {
        try (LocalMongo mongo = LocalMongo.inMemory(FreePorts.any());
             MongoClient client = MongoClients.create(mongo.connectionString("pdv"))) {
            MongoCollection<Document> quotas = client.getDatabase("pdv").getCollection("quotas");

            quotas.insertOne(new Document("unit", "HN-01").append("year", 2025).append("target", 20));

            assertThat(quotas.find(Filters.eq("unit", "HN-01")).first()).containsEntry("target", 20);
        }
    }

    @Test
    void keepsDocumentsInItsFileAcrossARestart(@TempDir Path dir) {
        Path file = dir.resolve("mongo").resolve("pdv.mv.db");
        try (LocalMongo mongo = LocalMongo.inFile(file, FreePorts.any());
             MongoClient client = MongoClients.create(mongo.connectionString("pdv"))) {
            client.getDatabase("pdv").getCollection("quotas").insertOne(new Document("unit", "HCM-07"));
        }

        try (LocalMongo restarted = LocalMongo.inFile(file, FreePorts.any());
             MongoClient client = MongoClients.create(restarted.connectionString("pdv"))) {
            assertThat(client.getDatabase("pdv").getCollection("quotas").countDocuments(Filters.eq("unit", "HCM-07"))).isEqualTo(1);
        }
    }

    /** A compare-and-set: the document's id and the version read, as the aggregator writes once per origin. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"in memory", "in a file"})
    void findsADocumentByIdAndMoreExactlyAsMongoDbDoes(String storage, @TempDir Path dir) {
        try (LocalMongo mongo = storage.equals("in memory")
                ? LocalMongo.inMemory(FreePorts.any()) : LocalMongo.inFile(dir.resolve("pdv.mv.db"), FreePorts.any());
             MongoClient client = MongoClients.create(mongo.connectionString("pdv"))) {
            MongoCollection<Document> tallies = client.getDatabase("pdv").getCollection("tallies");
            tallies.insertMany(List.of(new Document("_id", "DUK").append("log", "T01").append("sequence", 5L),
                    new Document("_id", "XA-01").append("log", "T01").append("sequence", 7L)));

            Bson asRead = Filters.and(Filters.eq("_id", "DUK"), Filters.eq("log", "T01"), Filters.eq("sequence", 5L));
            Bson moved = Filters.and(Filters.eq("_id", "DUK"), Filters.eq("log", "T01"), Filters.eq("sequence", 4L));

            assertThat(tallies.find(asRead).into(new ArrayList<>())).extracting(d -> d.get("_id")).containsExactly("DUK");
            assertThat(tallies.find(moved).first()).isNull();
            assertThat(tallies.updateOne(moved, Updates.set("sequence", 6L)).getMatchedCount()).isZero();
            assertThat(tallies.updateOne(asRead, Updates.set("sequence", 6L)).getMatchedCount()).isEqualTo(1);
            assertThatThrownBy(() -> tallies.updateOne(asRead, Updates.set("sequence", 8L), new UpdateOptions().upsert(true)))
                    .isInstanceOfSatisfying(MongoWriteException.class, e -> assertThat(e.getCode()).isEqualTo(11000));
            assertThat(tallies.find(Filters.eq("_id", "DUK")).first()).containsEntry("sequence", 6L);
            assertThat(tallies.countDocuments(Filters.in("_id", "DUK", "XA-01", "XA-02"))).isEqualTo(2);
            assertThat(tallies.find(Filters.and(Filters.in("_id", "DUK", "XA-01"), Filters.eq("sequence", 7L)))
                    .into(new ArrayList<>())).extracting(d -> d.get("_id")).containsExactly("XA-01");
        }
    }

    @Test
    void opensAFileWrittenByMongoJavaServersOwnBackend(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("pdv.mv.db");
        MongoServer plain = new MongoServer(new H2Backend(file.toString()));
        try {
            String address = "mongodb://127.0.0.1:" + plain.bind().getPort() + "/pdv";
            try (MongoClient client = MongoClients.create(address)) {
                client.getDatabase("pdv").getCollection("quotas").insertOne(new Document("_id", "HCM-07").append("target", 12));
            }
        } finally {
            plain.shutdownNow();
        }
        assertThat(Files.exists(file)).isTrue();

        try (LocalMongo mongo = LocalMongo.inFile(file, FreePorts.any());
             MongoClient client = MongoClients.create(mongo.connectionString("pdv"))) {
            assertThat(client.getDatabase("pdv").getCollection("quotas")
                    .find(Filters.and(Filters.eq("_id", "HCM-07"), Filters.eq("target", 12))).first())
                    .isNotNull();
        }
    }

    @Test
    void refusesATakenPortWithAClearMessage() {
        try (LocalMongo running = LocalMongo.inMemory(FreePorts.any())) {
            assertThatThrownBy(() -> LocalMongo.inMemory(running.port()))
                    .isInstanceOf(PortInUseException.class)
                    .hasMessage("Cổng %d (MongoDB) đang bị chiếm — PDV có thể đang chạy rồi / Port %d (MongoDB) is already in use — is PDV already running?",
                            running.port(), running.port());
        }
    }
}
