package vn.pdv.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.pdv.stack.ConfluentApi.idIn;
import static vn.pdv.stack.LocalSchemaRegistryTest.CANDIDATE_V1;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.GenericApplicationContext;

class TestStackTest {

    @Test
    void servesKafkaTheSchemaRegistryAndMongoToTests() throws Exception {
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestStack.kafkaBootstrapServers()),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>("test-stack-smoke", "HN-01", "admitted")).get(30, TimeUnit.SECONDS);
        }
        assertThat(TopicContents.readToEnd(TestStack.kafkaBootstrapServers(), "test-stack-smoke", new StringDeserializer(),
                new StringDeserializer())).extracting(ConsumerRecord::value).contains("admitted");

        int id = idIn(new ConfluentApi(TestStack.schemaRegistryUrl()).register("test-stack-smoke-value", CANDIDATE_V1));
        assertThat(new ConfluentApi(TestStack.schemaRegistryUrl()).schemaById(id).statusCode()).isEqualTo(200);

        try (MongoClient client = MongoClients.create(TestStack.mongoConnectionString("test_stack_smoke"))) {
            client.getDatabase("test_stack_smoke").getCollection("units").insertOne(new Document("code", "HN-01"));
            assertThat(client.getDatabase("test_stack_smoke").getCollection("units").countDocuments()).isEqualTo(1);
        }
    }

    @Test
    void closesTheContextsWiredToItBeforeItStops() {
        GenericApplicationContext context = new GenericApplicationContext();
        context.refresh();
        TestStack.closeBeforeStopping(context);
        AtomicBoolean openWhenStopped = new AtomicBoolean(true);

        TestStack.closingUsersFirst(() -> openWhenStopped.set(context.isActive())).run();

        assertThat(context.isActive()).isFalse();
        assertThat(openWhenStopped).as("the context was still open when the stack stopped").isFalse();
    }

    @Test
    void isOneInstancePerJvm() {
        assertThat(TestStack.kafkaBootstrapServers()).isEqualTo(TestStack.kafkaBootstrapServers());
        assertThat(TestStack.schemaRegistryUrl()).isEqualTo(TestStack.schemaRegistryUrl());
    }

    @Test
    void servesOneKeycloakPerJvmWithThePdvRealm() {
        assertThat(TestStack.keycloakIssuer()).matches("http://127\\.0\\.0\\.1:\\d+/realms/pdv")
                .isEqualTo(TestStack.keycloakIssuer());
    }

    @Test
    void putsTheDatabaseIntoAnExternalMongoUriKeepingHostsAndOptions() {
        assertThat(MongoUris.withDatabase("mongodb://a:27017,b:27017/?replicaSet=rs0", "pdv"))
                .isEqualTo("mongodb://a:27017,b:27017/pdv?replicaSet=rs0");
        assertThat(MongoUris.withDatabase("mongodb://user:pw@a:27017/admin?authSource=admin", "pdv"))
                .isEqualTo("mongodb://user:pw@a:27017/pdv?authSource=admin");
        assertThat(MongoUris.withDatabase("mongodb+srv://cluster.example.net", "pdv"))
                .isEqualTo("mongodb+srv://cluster.example.net/pdv");
    }
}
