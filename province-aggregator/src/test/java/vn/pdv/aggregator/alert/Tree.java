package vn.pdv.aggregator.alert;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import vn.pdv.events.EventMetadata;
import vn.pdv.events.UnitKind;
import vn.pdv.events.UnitRegistered;
import vn.pdv.schemas.Topics;
import vn.pdv.schemas.serde.AvroSerdeConfig;
import vn.pdv.schemas.serde.AvroSerializer;
import vn.pdv.stack.TestStack;

/**
 * A committee of its own per test (a fresh code) registering its units on the real topic, as its unit service's relay
 * would, so the aggregator learns the tree the way it does in production.
 */
final class Tree implements AutoCloseable {

    private final String committee = "AL" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    private final KafkaProducer<String, SpecificRecord> producer;
    private long sequence;

    Tree() {
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestStack.kafkaBootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all", AvroSerdeConfig.SCHEMA_REGISTRY_URL, TestStack.schemaRegistryUrl());
        AvroSerializer values = new AvroSerializer();
        values.configure(config, false);
        producer = new KafkaProducer<>(config, new StringSerializer(), values);
    }

    String committee() {
        return committee;
    }

    String unit(String suffix) {
        return committee + "-" + suffix;
    }

    /** Registers a unit; null parent for the committee itself. */
    Tree add(String code, String parent) {
        try {
            producer.send(new ProducerRecord<>(Topics.UNIT_EVENTS, committee, registered(code, parent))).get();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    @Override
    public void close() {
        producer.close();
    }

    private UnitRegistered registered(String code, String parent) {
        EventMetadata metadata = EventMetadata.newBuilder().setEventId(UUID.randomUUID().toString())
                .setUnitCode(committee).setSequence(++sequence).setOccurredAt(Instant.now()).setRecordedAt(Instant.now())
                .build();
        return UnitRegistered.newBuilder().setMetadata(metadata).setCode(code).setName("Đơn vị " + code)
                .setKind(parent == null ? UnitKind.GRASSROOTS_COMMITTEE : UnitKind.SUBORDINATE_BRANCH)
                .setParentCode(parent).setEffectiveFrom(LocalDate.of(2024, 1, 1)).build();
    }
}
