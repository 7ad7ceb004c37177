package vn.pdv.aggregator.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
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
import vn.pdv.stack.TopicContents;

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
