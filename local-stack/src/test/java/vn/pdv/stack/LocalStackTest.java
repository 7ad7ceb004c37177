package vn.pdv.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.pdv.stack.ConfluentApi.idIn;
import static vn.pdv.stack.LocalSchemaRegistryTest.CANDIDATE_V1;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalStackTest {

    @TempDir
    Path dataDir;

    @Test
    void keepsTopicsSchemasAndDocumentsAcrossARestartOnTheSameDataDirectory() throws Exception {
        int schemaId;
        try (LocalStack stack = LocalStack.builder().dataDir(dataDir).start()) {
            try (Admin admin = admin(stack)) {
                admin.createTopics(List.of(new NewTopic("candidates", 3, (short) 1))).all().get(30, TimeUnit.SECONDS);
            }
            schemaId = idIn(new ConfluentApi(stack.schemaRegistryUrl()).register("candidates-value", CANDIDATE_V1));
            try (MongoClient client = MongoClients.create(stack.mongoConnectionString("pdv"))) {
                client.getDatabase("pdv").getCollection("units").insertOne(new Document("code", "HN-01"));
            }
        }

        try (LocalStack restarted = LocalStack.builder().dataDir(dataDir).start()) {
            try (Admin admin = admin(restarted)) {
                assertThat(admin.listTopics().names().get(30, TimeUnit.SECONDS)).contains("candidates");
                assertThat(admin.describeTopics(List.of("kafkasql-journal")).allTopicNames().get(30, TimeUnit.SECONDS)
                        .get("kafkasql-journal").partitions()).as("the registry journal keeps one order").hasSize(1);
            }
            assertThat(new ConfluentApi(restarted.schemaRegistryUrl()).schemaById(schemaId).body()).contains("Candidate");
            try (MongoClient client = MongoClients.create(restarted.mongoConnectionString("pdv"))) {
                assertThat(client.getDatabase("pdv").getCollection("units").countDocuments()).isEqualTo(1);
            }
        }
    }

    @Test
    void stopsWhatItStartedWhenALaterComponentCannotStart() throws Exception {
        int kafkaPort = FreePorts.any();
        try (ServerSocket takenMongoPort = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertThatThrownBy(() -> LocalStack.builder()
                    .kafkaPort(kafkaPort)
                    .withoutSchemaRegistry()
                    .mongoPort(takenMongoPort.getLocalPort())
                    .start())
                    .isInstanceOf(PortInUseException.class)
                    .hasMessageContaining("(MongoDB) is already in use");
        }

        assertThat(FreePorts.isFree(kafkaPort)).as("Kafka was stopped again").isTrue();
    }

    @Test
    void deletesItsTemporaryDirectoryOnClose() {
        Path temporary;
        try (LocalStack stack = LocalStack.builder().withoutSchemaRegistry().start()) {
            temporary = stack.dataDir();
            assertThat(temporary).isDirectory();
        }

        assertThat(Files.exists(temporary)).isFalse();
    }

    private static Admin admin(LocalStack stack) {
        return Admin.create(Map.<String, Object>of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers()));
    }
}
