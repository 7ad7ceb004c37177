package vn.pdv.schemas.serde;

import org.apache.avro.Schema;

/**
 * Registry subject names. PDV uses Confluent's TopicRecordNameStrategy, {@code <topic>-<record full name>}, because
 * several record types share one topic and each evolves on its own.
 */
public final class SubjectNames {

    private SubjectNames() {
    }

    /** E.g. {@code pdv.unit-events-vn.pdv.events.SourceCreated}. */
    public static String topicRecordName(String topic, Schema recordSchema) {
        if (recordSchema.getType() != Schema.Type.RECORD) {
            throw new IllegalArgumentException("TopicRecordNameStrategy needs a record schema, not "
                    + recordSchema.getType());
        }
        return topic + "-" + recordSchema.getFullName();
    }
}
