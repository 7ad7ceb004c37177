package vn.pdv.stack;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Reads a topic as it stands: every record from its beginning up to the end offsets the broker reports when the read
 * starts. The one way tests look at what is on a topic, so none of them guesses when it has seen everything (a
 * number of empty polls, a count it hopes for). Records of one partition come in offset order.
 *
 * <p>Uses no consumer group: the partitions are assigned, so nothing is committed and reads do not disturb one another.
 * A test that waits for a record still to come polls this with Awaitility.
 */
public final class TopicContents {

    /** How long one read may take before it fails: the broker is local, so far longer than it ever needs. */
    public static final Duration WITHIN = Duration.ofSeconds(30);

    private TopicContents() {
    }

    /**
     * @param keys   and {@code values}: already configured (an Avro deserializer needs its registry's address); the
     *               consumer closes them
     * @throws AssertionError when the end is not reached within {@link #WITHIN}
     */
    public static <K, V> List<ConsumerRecord<K, V>> readToEnd(String bootstrapServers, String topic,
                                                              Deserializer<K> keys, Deserializer<V> values) {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        try (var consumer = new KafkaConsumer<>(config, keys, values)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            List<ConsumerRecord<K, V>> records = new ArrayList<>();
            long deadline = System.nanoTime() + WITHIN.toNanos();
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < ends.get(partition))) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("could not read " + topic + " to its end " + ends + " within " + WITHIN);
                }
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
            }
            return records;
        }
    }

    /**
     * Each partition's end offset (the offset the next record will have) as the broker reports it now: where a consumer
     * group that has read everything stands, or where one should start to read only what comes next.
     */
    public static Map<TopicPartition, Long> endOffsets(String bootstrapServers, String topic) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            var partitions = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions();
            return admin.listOffsets(partitions.stream().collect(Collectors.toMap(
                            info -> new TopicPartition(topic, info.partition()), info -> OffsetSpec.latest())))
                    .all().get().entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, end -> end.getValue().offset()));
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not read the end offsets of " + topic, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted reading the end offsets of " + topic, e);
        }
    }
}
