package vn.pdv.schemas.serde;

import java.nio.ByteBuffer;

/**
 * The Confluent wire format: magic byte 0, the writer schema's registry id as a 4-byte big-endian int, then the
 * Avro binary encoding of the value.
 */
final class WireFormat {

    static final byte MAGIC_BYTE = 0;
    static final int HEADER_SIZE = 1 + Integer.BYTES;

    private WireFormat() {
    }

    static void writeHeader(int schemaId, ByteBuffer into) {
        into.put(MAGIC_BYTE).putInt(schemaId);
    }

    /** The schema id in the header, after checking the bytes can be this format at all. */
    static int schemaId(String topic, byte[] bytes) {
        if (bytes.length < HEADER_SIZE) {
            throw new NotWireFormatException(topic, "only " + bytes.length + " byte(s), the header alone is "
                    + HEADER_SIZE, bytes);
        }
        if (bytes[0] != MAGIC_BYTE) {
            throw new NotWireFormatException(topic, String.format("magic byte is 0x%02x, expected 0x00", bytes[0]),
                    bytes);
        }
        return ByteBuffer.wrap(bytes, 1, Integer.BYTES).getInt();
    }
}
