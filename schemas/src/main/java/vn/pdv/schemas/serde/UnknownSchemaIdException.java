package vn.pdv.schemas.serde;

import java.net.URI;

import org.apache.kafka.common.errors.SerializationException;

/** A record names a schema id the registry does not know (e.g. written against another registry). */
public final class UnknownSchemaIdException extends SerializationException {

    private final int schemaId;

    UnknownSchemaIdException(int schemaId, URI registry, String registryMessage) {
        super("Schema id " + schemaId + " is unknown to the schema registry at " + registry
                + " (registry said: " + registryMessage + ")");
        this.schemaId = schemaId;
    }

    public int schemaId() {
        return schemaId;
    }
}
