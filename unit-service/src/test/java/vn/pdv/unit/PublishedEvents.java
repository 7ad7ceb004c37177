package vn.pdv.unit;

import java.util.List;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import vn.pdv.schemas.Topics;
import vn.pdv.schemas.serde.AvroDeserializer;
import vn.pdv.schemas.serde.AvroSerdeConfig;
import vn.pdv.stack.TestStack;
import vn.pdv.stack.TopicContents;

/**
 * What a committee's unit service has published, as the records on the topic and decoded through the real registry.
 *
 * <p>One deserializer for the whole test run, so the registry is asked once per schema. Tests that built a client
 * per record sent the registry a request for every record on every poll of a growing topic, and on a loaded machine
 * one of those requests timed out.
 */
public final class PublishedEvents {

    private static final AvroDeserializer DECODER = new AvroDeserializer();

    static {
        DECODER.configure(Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL, TestStack.schemaRegistryUrl()), false);
    }

    private PublishedEvents() {
    }

    /** Every record on the unit-events topic under {@code committee}'s key, bytes and headers as published. */
    public static List<ConsumerRecord<String, byte[]>> recordsOf(String committee) {
        return TopicContents.readToEnd(TestStack.kafkaBootstrapServers(), Topics.UNIT_EVENTS, new StringDeserializer(),
                new ByteArrayDeserializer()).stream().filter(record -> committee.equals(record.key())).toList();
    }

    public static SpecificRecord decode(ConsumerRecord<String, byte[]> record) {
        return (SpecificRecord) DECODER.deserialize(record.topic(), record.value());
    }
}
