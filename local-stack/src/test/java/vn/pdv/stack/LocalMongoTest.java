package vn.pdv.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
