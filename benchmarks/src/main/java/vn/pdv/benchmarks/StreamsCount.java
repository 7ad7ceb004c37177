package vn.pdv.benchmarks;

import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import vn.pdv.schemas.serde.AvroDeserializer;
import vn.pdv.schemas.serde.AvroSerdeConfig;
import vn.pdv.stack.TopicContents;

/**
 * The comparison issue 5 asks for: the smallest Kafka Streams application that does a share of the aggregator's
 * work, measured on the same topic in the same run. Exactly-once v2; each event is decoded through the registry
 * (the same serde), counted per unit and day into a persistent (RocksDB, changelogged) store, and its candidate's
 * stage put into a second one, as the aggregator's tallies and pipeline stock are; no repartition, since one
 * committee's units and candidates all sit in its partition. It keeps no log progress, no breakdown counters and no
 * hierarchy, and answers no query: it does less than the aggregator.
 *
 * <p>Timed from the moment the application is RUNNING until its consumer group's committed offsets cover the
 * topic: under exactly-once an offset is committed only together with the state it produced.
 */
final class StreamsCount {

    private static final String STORE = "per-unit-day";
    private static final String STAGES = "candidate-stages";

    private final String bootstrapServers;
    private final String schemaRegistryUrl;

    StreamsCount(String bootstrapServers, String schemaRegistryUrl) {
        this.bootstrapServers = bootstrapServers;
        this.schemaRegistryUrl = schemaRegistryUrl;
    }

    Rate countAll(String topic) throws Exception {
        String application = "bench-streams-" + UUID.randomUUID().toString().substring(0, 8);
        Path state = Files.createTempDirectory("pdv-bench-streams");
        Properties config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, application);
        config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        config.put(StreamsConfig.STATE_DIR_CONFIG, state.toString());
        config.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, 1);
        config.put(StreamsConfig.consumerPrefix("auto.offset.reset"), "earliest");

        AvroDeserializer decoder = new AvroDeserializer();
        decoder.configure(Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL, schemaRegistryUrl), false);
        // The topology only reads: nothing is ever serialized back.
        Serializer<Object> writesNothing = (ignoredTopic, value) -> {
            throw new UnsupportedOperationException("read only");
        };
        var values = Serdes.serdeFrom(writesNothing, decoder);
        StreamsBuilder builder = new StreamsBuilder();
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(STORE), Serdes.String(),
                Serdes.Long()));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(STAGES), Serdes.String(),
                Serdes.String()));
        builder.stream(topic, Consumed.with(Serdes.String(), values)).process(CountPerUnitAndDay::new, STORE, STAGES);

        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
             KafkaStreams streams = new KafkaStreams(builder.build(), config)) {
            Map<TopicPartition, Long> ends = TopicContents.endOffsets(bootstrapServers, topic);
            streams.start();
            await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(20))
                    .until(() -> streams.state() == KafkaStreams.State.RUNNING);
            long start = System.nanoTime();
            long total = ends.values().stream().mapToLong(Long::longValue).sum();
            await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(20))
                    .until(() -> committed(admin, application, ends) >= total);
            return new Rate(total, Duration.ofNanos(System.nanoTime() - start));
        }
    }

    /** Records covered by the group's committed offsets (an offset is the next record to read). */
    private static long committed(Admin admin, String group, Map<TopicPartition, Long> ends)
            throws InterruptedException, ExecutionException {
        Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get();
        return ends.keySet().stream().mapToLong(partition -> {
            OffsetAndMetadata offset = offsets.get(partition);
            return offset == null ? 0 : Math.min(offset.offset(), ends.get(partition));
        }).sum();
    }

    /** Adds one under the event's branch and day, and notes the candidate's stage (the event's type). */
    private static final class CountPerUnitAndDay implements Processor<String, Object, Void, Void> {

        private KeyValueStore<String, Long> counts;
        private KeyValueStore<String, String> stages;

        @Override
        public void init(ProcessorContext<Void, Void> context) {
            counts = context.getStateStore(STORE);
            stages = context.getStateStore(STAGES);
        }

        @Override
        public void process(Record<String, Object> record) {
            if (record.value() instanceof GenericRecord event && event.getSchema().getField("branchCode") != null) {
                Object day = event.getSchema().getField("identifiedOn") != null ? event.get("identifiedOn") : "";
                String key = event.get("branchCode") + "|" + day;
                Long count = counts.get(key);
                counts.put(key, count == null ? 1 : count + 1);
                if (event.getSchema().getField("candidateId") != null) {
                    stages.put(String.valueOf(event.get("candidateId")), event.getSchema().getName());
                }
            }
        }
    }
}
