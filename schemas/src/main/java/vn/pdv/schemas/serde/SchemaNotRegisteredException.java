package vn.pdv.schemas.serde;

import org.apache.kafka.common.errors.SerializationException;

/**
 * With {@code auto.register.schemas=false}, the record's schema is not (or not exactly) registered under its
 * subject, so the producer may not write it.
 */
public final class SchemaNotRegisteredException extends SerializationException {

    private final String subject;

    SchemaNotRegisteredException(String subject, String registryMessage) {
        super("Schema is not registered under subject '" + subject
                + "' and auto.register.schemas is false (registry said: " + registryMessage + ")");
        this.subject = subject;
    }

    public String subject() {
        return subject;
    }
}
