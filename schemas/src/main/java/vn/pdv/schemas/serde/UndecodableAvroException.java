package vn.pdv.schemas.serde;

import org.apache.kafka.common.errors.SerializationException;

/** The header was fine but the Avro body does not decode against the writer schema the header names. */
public final class UndecodableAvroException extends SerializationException {

    private final int schemaId;

    UndecodableAvroException(String topic, int schemaId, String schemaName, String problem, Throwable cause) {
        super("Value on topic '" + topic + "' does not decode as Avro with writer schema id " + schemaId
                + " (" + schemaName + "): " + problem, cause);
        this.schemaId = schemaId;
    }

    public int schemaId() {
        return schemaId;
    }
}
