package vn.pdv.schemas.serde;

import org.apache.kafka.common.errors.SerializationException;

/** The registry refused a schema (HTTP 409) because it breaks the subject's compatibility rule. */
public final class IncompatibleSchemaException extends SerializationException {

    private final String subject;
    private final String registryMessage;

    IncompatibleSchemaException(String subject, String registryMessage) {
        super("Schema is incompatible with earlier versions of subject '" + subject
                + "', so the registry refused it (HTTP 409): " + registryMessage);
        this.subject = subject;
        this.registryMessage = registryMessage;
    }

    public String subject() {
        return subject;
    }

    /** What the registry said about the incompatibility, verbatim. */
    public String registryMessage() {
        return registryMessage;
    }
}
