package vn.pdv.schemas.serde;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.apache.avro.Schema;

/**
 * Registry subject names, by Confluent's strategies under their Confluent names, so one set of client properties fits
 * both serdes. PDV's events use {@link #TOPIC_RECORD_NAME}, {@code <topic>-<record full name>}, because several record
 * types share one topic and each evolves on its own. Its alerts use {@link #RECORD_NAME}: one record type on a topic
 * per committee, so one subject governs them all rather than one per committee.
 */
public enum SubjectNames {

    /** {@code <topic>-<record full name>}, e.g. {@code pdv.unit-events-vn.pdv.events.SourceCreated}; the default. */
    TOPIC_RECORD_NAME("io.confluent.kafka.serializers.subject.TopicRecordNameStrategy") {
        @Override
        String subject(String topic, Schema recordSchema) {
            return topicRecordName(topic, recordSchema);
        }
    },

    /** {@code <record full name>} whatever the topic, e.g. {@code vn.pdv.events.AlertRaised}. */
    RECORD_NAME("io.confluent.kafka.serializers.subject.RecordNameStrategy") {
        @Override
        String subject(String topic, Schema recordSchema) {
            return record(recordSchema).getFullName();
        }
    };

    private final String confluentName;

    SubjectNames(String confluentName) {
        this.confluentName = confluentName;
    }

    /** Confluent's class for this strategy, by name: a value of {@link AvroSerdeConfig#VALUE_SUBJECT_NAME_STRATEGY}. */
    public String confluentName() {
        return confluentName;
    }

    abstract String subject(String topic, Schema recordSchema);

    /** E.g. {@code pdv.unit-events-vn.pdv.events.SourceCreated}. */
    public static String topicRecordName(String topic, Schema recordSchema) {
        return topic + "-" + record(recordSchema).getFullName();
    }

    /** The strategy Confluent's class of that name applies; only the two PDV uses are known. */
    static SubjectNames byConfluentName(String name) {
        return Arrays.stream(values()).filter(strategy -> strategy.confluentName.equals(name.trim())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("must be one of " + Arrays.stream(values())
                        .map(SubjectNames::confluentName).collect(Collectors.joining(", "))));
    }

    private static Schema record(Schema schema) {
        if (schema.getType() != Schema.Type.RECORD) {
            throw new IllegalArgumentException("a subject name needs a record schema, not " + schema.getType());
        }
        return schema;
    }
}
