package vn.pdv.schemas.serde;

import org.apache.kafka.common.errors.SerializationException;

/**
 * The bytes are not in the Confluent wire format (magic byte 0, 4-byte schema id, Avro body): too short or with
 * another first byte, e.g. JSON or plain Avro written by a producer that does not use a schema registry.
 */
public final class NotWireFormatException extends SerializationException {

    NotWireFormatException(String topic, String problem, byte[] seen) {
        super("Value on topic '" + topic + "' is not in the Confluent wire format"
                + " (magic byte 0x00, 4-byte schema id, Avro body): " + problem + "; first bytes: " + preview(seen));
    }

    private static String preview(byte[] bytes) {
        int shown = Math.min(bytes.length, 16);
        StringBuilder hex = new StringBuilder();
        for (int i = 0; i < shown; i++) {
            hex.append(i == 0 ? "" : " ").append(String.format("%02x", bytes[i]));
        }
        return (shown == 0 ? "(none)" : hex) + (bytes.length > shown ? " ..." : "");
    }
}
