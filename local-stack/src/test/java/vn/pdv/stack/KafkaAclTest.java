package vn.pdv.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * At the broker, on its SASL/SCRAM-SHA-512 listener: each committee's principal writes the events topic and reads only
 * its own alerts; another committee's alerts, the dead letters and the alerts topics' writes are refused; a wrong
 * password is refused at login; the aggregator reads the events and writes any committee's alerts.
 */
class KafkaAclTest {

    @TempDir
    static Path dataDir;

    static LocalKafka kafka;

    @BeforeAll
    static void brokerWithTwoCommitteesAndTheAggregator() throws Exception {
        kafka = LocalKafka.start(dataDir, FreePorts.any());
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(KafkaPrincipals.EVENTS, 1, (short) 1),
                    new NewTopic(KafkaPrincipals.DEAD_LETTERS, 1, (short) 1),
                    new NewTopic("pdv.alerts.DUK-01", 1, (short) 1),
                    new NewTopic("pdv.alerts.DUK-26", 1, (short) 1))).all().get();
        }
        KafkaPrincipals.grantCommittee(kafka.bootstrapServers(), "DUK-01", "duk01-secret");
        KafkaPrincipals.grantCommittee(kafka.bootstrapServers(), "DUK-26", "duk26-secret");
        KafkaPrincipals.grantAggregator(kafka.bootstrapServers(), "aggregator-secret");
    }

    @AfterAll
    static void stop() {
        kafka.close();
    }

    @Test
    void aCommitteeWritesItsEventsAndReadsItsOwnAlerts() throws Exception {
        send(aggregator(), "pdv.alerts.DUK-01", "DUK-01", "đang chậm");
        send(committee("DUK-01", "duk01-secret"), KafkaPrincipals.EVENTS, "DUK-01", "event");

        assertThat(read(committee("DUK-01", "duk01-secret"), "pdv.alerts.DUK-01", "pdv-unit-alerts-DUK-01"))
                .containsExactly("đang chậm");
        assertThat(read(aggregator(), KafkaPrincipals.EVENTS, "pdv-aggregator-acl-test")).contains("event");
    }

    @Test
    void aCommitteeCannotReadAnotherCommitteesAlerts() {
        assertThatThrownBy(() -> read(committee("DUK-01", "duk01-secret"), "pdv.alerts.DUK-26",
                "pdv-unit-alerts-DUK-01")).isInstanceOf(TopicAuthorizationException.class)
                .hasMessageContaining("pdv.alerts.DUK-26");
        assertThatThrownBy(() -> read(committee("DUK-01", "duk01-secret"), "pdv.alerts.DUK-01",
                "pdv-unit-alerts-DUK-26")).as("nor through the other committee's consumer group")
                .isInstanceOf(GroupAuthorizationException.class);
    }

    @Test
    void aCommitteeCannotSpeakAsTheAggregatorNorAsAnotherCommitteeOnItsAlerts() {
        assertThatThrownBy(() -> send(committee("DUK-01", "duk01-secret"), "pdv.alerts.DUK-26", "DUK-26", "giả"))
                .hasCauseInstanceOf(TopicAuthorizationException.class);
        assertThatThrownBy(() -> send(committee("DUK-01", "duk01-secret"), KafkaPrincipals.DEAD_LETTERS, "DUK-26",
                "giả")).hasCauseInstanceOf(TopicAuthorizationException.class);
    }

    @Test
    void anotherCommitteesCredentialsAreRefusedAtLogin() {
        assertThatThrownBy(() -> send(committee("DUK-26", "duk01-secret"), KafkaPrincipals.EVENTS, "DUK-26", "giả"))
                .hasRootCauseInstanceOf(SaslAuthenticationException.class);
    }

    private static Map<String, Object> committee(String code, String password) {
        return KafkaPrincipals.client(kafka.saslBootstrapServers(), KafkaPrincipals.committee(code), password);
    }

    private static Map<String, Object> aggregator() {
        return KafkaPrincipals.client(kafka.saslBootstrapServers(), KafkaPrincipals.AGGREGATOR, "aggregator-secret");
    }

    private static void send(Map<String, Object> client, String topic, String key, String value)
            throws InterruptedException, ExecutionException {
        Map<String, Object> config = new HashMap<>(client);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 10_000);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        }
    }

    private static List<String> read(Map<String, Object> client, String topic, String group) {
        Map<String, Object> config = new HashMap<>(client);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            List<String> values = new java.util.ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (values.isEmpty() && System.nanoTime() < deadline) {
                ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(500));
                records.forEach(record -> values.add(record.value()));
            }
            return values;
        }
    }
}
