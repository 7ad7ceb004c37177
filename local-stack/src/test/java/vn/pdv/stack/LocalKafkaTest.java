package vn.pdv.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

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

            assertThat(readAll(kafka, "unit-events")).containsExactlyInAnyOrder("HN-01=admitted", "HN-02=rejected");
        }
    }

    @Test
    void keepsRecordsWhenRestartedOnTheSameDataDirectory() throws Exception {
        try (LocalKafka kafka = LocalKafka.start(dataDir, FreePorts.any())) {
            send(kafka, "durable", "HCM-07", "admitted");
        }

        try (LocalKafka restarted = LocalKafka.start(dataDir, FreePorts.any())) {
            assertThat(readAll(restarted, "durable")).containsExactly("HCM-07=admitted");
        }
    }

    @Test
    void runsTwoBrokersSideBySideInOneJvm(@TempDir Path otherDir) throws Exception {
        try (LocalKafka first = LocalKafka.start(dataDir, FreePorts.any());
             LocalKafka second = LocalKafka.start(otherDir, FreePorts.any(), 3)) {
            send(first, "only-in-first", "k", "first");
            send(second, "only-in-second", "k", "second");

            assertThat(readAll(first, "only-in-first")).containsExactly("k=first");
            assertThat(readAll(second, "only-in-second")).containsExactly("k=second");
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

    private static List<String> readAll(LocalKafka kafka, String topic) {
        return TopicContents.readToEnd(kafka.bootstrapServers(), topic, new StringDeserializer(), new StringDeserializer())
                .stream().map(record -> record.key() + "=" + record.value()).toList();
    }
}
