package vn.pdv.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalKafkaTest {

    @TempDir
    Path dataDir;

    @Test
    void deliversProducedRecordsToAConsumer() throws Exception {
        try (LocalKafka kafka = LocalKafka.start(dataDir, FreePorts.any())) {
            send(kafka, "unit-events", "HN-01", "admitted", "HN-02", "rejected");

            assertThat(readAll(kafka, "unit-events", 2)).containsExactlyInAnyOrder("HN-01=admitted", "HN-02=rejected");
        }
    }

    @Test
    void keepsRecordsWhenRestartedOnTheSameDataDirectory() throws Exception {
        try (LocalKafka kafka = LocalKafka.start(dataDir, FreePorts.any())) {
            send(kafka, "durable", "HCM-07", "admitted");
        }

        try (LocalKafka restarted = LocalKafka.start(dataDir, FreePorts.any())) {
            assertThat(readAll(restarted, "durable", 1)).containsExactly("HCM-07=admitted");
        }
    }

    @Test
    void runsTwoBrokersSideBySideInOneJvm(@TempDir Path otherDir) throws Exception {
        try (LocalKafka first = LocalKafka.start(dataDir, FreePorts.any());
             LocalKafka second = LocalKafka.start(otherDir, FreePorts.any(), 3)) {
            send(first, "only-in-first", "k", "first");
            send(second, "only-in-second", "k", "second");

            assertThat(readAll(first, "only-in-first", 1)).containsExactly("k=first");
            assertThat(readAll(second, "only-in-second", 1)).containsExactly("k=second");
            assertThat(second.bootstrapServers()).isNotEqualTo(first.bootstrapServers());
        }
    }

    private static void send(LocalKafka kafka, String topic, String... keysAndValues)
            throws InterruptedException, ExecutionException, TimeoutException {
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all");
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            for (int i = 0; i < keysAndValues.length; i += 2) {
                producer.send(new ProducerRecord<>(topic, keysAndValues[i], keysAndValues[i + 1])).get(30, TimeUnit.SECONDS);
            }
        }
    }

    /** Reads from the beginning until {@code expected} records arrived or 30 s passed. */
    private static List<String> readAll(LocalKafka kafka, String topic, int expected) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "reader-" + topic,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<String> read = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (read.size() < expected && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    read.add(record.key() + "=" + record.value());
                }
            }
        }
        return read;
    }
}
