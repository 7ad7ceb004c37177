package vn.pdv.benchmarks;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * The broker's own rates with plain clients and no application work: the baseline the services are
 * compared with. The producer is configured as the unit service's relay is (acks=all, idempotent, linger 5 ms).
 */
final class RawKafka {

    static final int RECORD_BYTES = 200;
    static final int PARTITIONS = 6;

    private final String bootstrapServers;

    RawKafka(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    void createTopic(String topic) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            admin.createTopics(List.of(new NewTopic(topic, PARTITIONS, (short) 1))).all().get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("Cannot create topic " + topic, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Sends {@code records} unkeyed records of {@value #RECORD_BYTES} bytes and waits for every acknowledgement. */
    Rate produce(String topic, int records) {
        byte[] value = new byte[RECORD_BYTES];
        new Random(42).nextBytes(value);
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5,
                ProducerConfig.LINGER_MS_CONFIG, 5);
        try (var producer = new KafkaProducer<>(config, new ByteArraySerializer(), new ByteArraySerializer())) {
            producer.partitionsFor(topic);
            long start = System.nanoTime();
            for (int i = 0; i < records; i++) {
                producer.send(new ProducerRecord<>(topic, value), (metadata, failure) -> {
                    if (failure != null) {
                        throw new IllegalStateException("Raw send failed", failure);
                    }
                });
            }
            producer.flush();
            return new Rate(records, Duration.ofNanos(System.nanoTime() - start));
        }
    }

    /** Watches how many records a topic holds, over one connection. */
    TopicSize size(String topic) {
        return new TopicSize(bootstrapServers, topic);
    }

    static final class TopicSize implements AutoCloseable {

        private final KafkaConsumer<byte[], byte[]> consumer;
        private final List<TopicPartition> partitions;

        private TopicSize(String bootstrapServers, String topic) {
            consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers),
                    new ByteArrayDeserializer(), new ByteArrayDeserializer());
            partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
        }

        /** Records in the topic now, summed over its partitions. */
        long records() {
            return consumer.endOffsets(partitions).values().stream().mapToLong(Long::longValue).sum();
        }

        @Override
        public void close() {
            consumer.close();
        }
    }

    /** Reads every record the topic holds now, from the beginning of each partition, deserializing nothing. */
    Rate consumeAll(String topic) {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        try (var consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            long expected = ends.values().stream().mapToLong(Long::longValue).sum();
            long read = 0;
            long start = System.nanoTime();
            while (read < expected) {
                read += consumer.poll(Duration.ofMillis(200)).count();
            }
            return new Rate(read, Duration.ofNanos(System.nanoTime() - start));
        }
    }
}
