package vn.pdv.aggregator.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.pdv.aggregator.AggregatorTest;
import vn.pdv.aggregator.UnitLog;
import vn.pdv.schemas.Topics;
import vn.pdv.stack.JsonApi;
import vn.pdv.stack.TestStack;

/** What cannot be read, or contradicts its key, goes to the dead-letter topic with the reason; the consumer goes on. */
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

            JsonApi api = new JsonApi(port);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(api.get("/api/progress/" + root + "/2024").<Integer>read("$.admissions.actual")).isEqualTo(1));

            List<ConsumerRecord<String, byte[]>> dead = deadLettersKeyed(root, 2, Duration.ofSeconds(30));
            assertThat(dead).hasSize(2);
            assertThat(dead.get(0).value()).isEqualTo(notAvro);
            assertThat(header(dead.get(0), "pdv-dead-letter-reason")).startsWith("NotWireFormatException");
            assertThat(header(dead.get(1), "pdv-dead-letter-reason")).isEqualTo("ForgedEventException: Record keyed "
                    + root + " carries an event of unit " + impostor.committee());
            assertThat(header(dead.get(1), "kafka_dlt-original-topic")).isEqualTo(Topics.UNIT_EVENTS);
        }
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** Reads the dead-letter topic until {@code expected} records with this key arrived or the deadline passed. */
    private static List<ConsumerRecord<String, byte[]>> deadLettersKeyed(String key, int expected, Duration within) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestStack.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "dead-letter-test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topics.UNIT_EVENTS_DLT));
            long deadline = System.nanoTime() + within.toNanos();
            while (records.size() < expected && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(record -> {
                    if (key.equals(record.key())) {
                        records.add(record);
                    }
                });
            }
        }
        return records;
    }
}
