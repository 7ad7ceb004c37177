package vn.pdv.schemas.signing;

import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.util.Objects;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * A committee's signing key with its id: turns a serialized value into the record to publish, with the signature and
 * key id in its headers. The key itself never leaves this object ({@link #toString()} names the id only).
 */
public final class EventSigner {

    private static final StringSerializer KEYS = new StringSerializer();

    private final String keyId;
    private final byte[] keyIdBytes;
    private final PrivateKey key;

    public EventSigner(String keyId, PrivateKey key) {
        if (keyId == null || keyId.isBlank()) {
            throw new IllegalArgumentException("A signing key needs an id");
        }
        this.keyId = keyId;
        this.keyIdBytes = keyId.getBytes(StandardCharsets.UTF_8);
        this.key = Objects.requireNonNull(key, "key");
    }

    public String keyId() {
        return keyId;
    }

    /** The signature and key id headers for these exact bytes. */
    public Headers headers(String topic, byte[] recordKey, byte[] value) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(new RecordHeader(EventSignatures.SIGNATURE_HEADER,
                EventSignatures.sign(key, topic, recordKey, value)));
        headers.add(new RecordHeader(EventSignatures.KEY_ID_HEADER, keyIdBytes));
        return headers;
    }

    /** The record to send, its key as the producer's {@link StringSerializer} will write it. */
    public ProducerRecord<String, byte[]> record(String topic, String recordKey, byte[] value) {
        byte[] keyBytes = KEYS.serialize(topic, recordKey);
        return new ProducerRecord<>(topic, null, recordKey, value, headers(topic, keyBytes, value));
    }

    @Override
    public String toString() {
        return "EventSigner[" + keyId + "]";
    }
}
