package vn.pdv.aggregator.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.pdv.aggregator.AggregatorApplication;
import vn.pdv.aggregator.AggregatorTest;
import vn.pdv.aggregator.UnitLog;
import vn.pdv.schemas.Topics;
import vn.pdv.stack.InProcessServices;
import vn.pdv.stack.JsonApi;
import vn.pdv.stack.RegistryThatGoesDown;
import vn.pdv.stack.TestStack;
import vn.pdv.stack.TestStackInitializer;
import vn.pdv.stack.TopicContents;

/**
 * What cannot be read, or contradicts its key, goes to the dead-letter topic with the reason; the consumer goes on. A
 * schema registry that does not answer is not a bad record: nothing goes to the dead-letter topic, and the records
 * count once it answers again.
 */
@AggregatorTest
class DeadLetterTest {

    @LocalServerPort
    int port;

    @Test
    void malformedAndForgedRecordsGoToTheDeadLetterTopicAndConsumptionGoesOn() {
        try (UnitLog log = new UnitLog(); UnitLog impostor = new UnitLog()) {
            String root = log.committee();
            byte[] notAvro = "{\"admitted\": 1000}".getBytes(StandardCharsets.UTF_8);
            log.send(log.registered(log.next(), root, null));
            log.sendRaw(notAvro);
            // Keyed as this committee, but the event says it is another committee's: forged.
            log.sendKeyed(root, impostor.admitted(impostor.next(), root, LocalDate.of(2024, 5, 19), true));
            log.send(log.admitted(log.next(), root, LocalDate.of(2024, 5, 19), true));

            JsonApi api = new JsonApi(port).as(AggregatorTest.PROVINCE_ADMIN);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(api.get("/api/progress/" + root + "/2024").<Integer>read("$.admissions.actual")).isEqualTo(1));

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(deadLettersKeyed(root)).hasSize(2));
            List<ConsumerRecord<String, byte[]>> dead = deadLettersKeyed(root);
            assertThat(dead.get(0).value()).isEqualTo(notAvro);
            assertThat(header(dead.get(0), "pdv-dead-letter-reason")).startsWith("NotWireFormatException");
            assertThat(header(dead.get(1), "pdv-dead-letter-reason")).isEqualTo("ForgedEventException: Record keyed "
                    + root + " carries an event of unit " + impostor.committee());
            assertThat(header(dead.get(1), "kafka_dlt-original-topic")).isEqualTo(Topics.UNIT_EVENTS);
        }
    }

    @Test
    void whileTheSchemaRegistryIsDownNothingIsDeadLetteredAndEveryRecordCountsOnceItAnswers() {
        try (UnitLog log = new UnitLog(); InProcessServices second = new InProcessServices();
             RegistryThatGoesDown registry = new RegistryThatGoesDown(TestStack.schemaRegistryUrl())) {
            String root = log.committee();
            // A second aggregator of its own group and store, reading the registry only through the one that is down,
            // and from where the topic ends now, so its first records are this test's (not the whole module's).
            String group = "outage-" + UUID.randomUUID();
            startAtTheEndOfTheTopic(group);
            log.send(log.registered(log.next(), root, null),
                    log.admitted(log.next(), root, LocalDate.of(2024, 5, 19), true));
            var aggregator = second.start(new SpringApplicationBuilder(AggregatorApplication.class), Stream.concat(
                    TestStackInitializer.properties("outage-" + UUID.randomUUID()).stream()
                            .filter(property -> !property.startsWith("pdv.schema-registry.url=")), Stream.of(
                            "pdv.schema-registry.url=" + registry.url(),
                            "spring.config.name=" + AggregatorApplication.CONFIG_NAME,
                            "pdv.aggregator.group-id=" + group)).toList());
            JsonApi api = InProcessServices.api(aggregator).as(AggregatorTest.PROVINCE_ADMIN);

            await().atMost(Duration.ofSeconds(60)).until(() -> registry.fetchesTurnedAway() >= 3);
            assertThat(UnitLog.appliedUpTo(api, root)).as("nothing applied while the registry is down").isZero();
            assertThat(deadLettersKeyed(root)).isEmpty();

            registry.comeBack();
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                    assertThat(UnitLog.appliedUpTo(api, root)).isEqualTo(2));
            assertThat(api.get("/api/progress/" + root + "/2024").<Integer>read("$.admissions.actual")).isEqualTo(1);
            assertThat(deadLettersKeyed(root)).isEmpty();
        }
    }

    /** Commits, for a group nobody has used yet, the topic's present end offsets: it reads only what comes next. */
    private static void startAtTheEndOfTheTopic(String group) {
        Map<TopicPartition, OffsetAndMetadata> ends = new HashMap<>();
        TopicContents.endOffsets(TestStack.kafkaBootstrapServers(), Topics.UNIT_EVENTS)
                .forEach((partition, end) -> ends.put(partition, new OffsetAndMetadata(end)));
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestStack.kafkaBootstrapServers()))) {
            admin.alterConsumerGroupOffsets(group, ends).all().get();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** The dead-letter topic as it stands, the records sent under this key. */
    private static List<ConsumerRecord<String, byte[]>> deadLettersKeyed(String key) {
        return TopicContents.readToEnd(TestStack.kafkaBootstrapServers(), Topics.UNIT_EVENTS_DLT,
                new StringDeserializer(), new ByteArrayDeserializer()).stream()
                .filter(record -> key.equals(record.key())).toList();
    }
}
