package vn.pdv.aggregator.alert.application;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import vn.pdv.events.AlertRaised;
import vn.pdv.schemas.Topics;
import vn.pdv.schemas.serde.AvroDeserializer;
import vn.pdv.schemas.serde.AvroSerdeConfig;
import vn.pdv.stack.TestStack;

/** Reads {@code pdv.alerts} from the start to its current end, decoding through the real registry as the unit services do. */
final class AlertsTopic {

    private AlertsTopic() {
    }

    /** Every alert on the topic now that matches, with the key it was sent under. */
    static List<ConsumerRecord<String, Object>> read(Predicate<AlertRaised> wanted) {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestStack.kafkaBootstrapServers(),
                AvroSerdeConfig.SCHEMA_REGISTRY_URL, TestStack.schemaRegistryUrl());
        AvroDeserializer values = new AvroDeserializer();
        values.configure(config, false);
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), values)) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.ALERTS).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            List<ConsumerRecord<String, Object>> found = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < ends.get(partition))) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("could not read " + Topics.ALERTS + " to its end within 30 s");
                }
                for (ConsumerRecord<String, Object> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.value() instanceof AlertRaised alert && wanted.test(alert)) {
                        found.add(record);
                    }
                }
            }
            return found;
        }
    }
}
