package vn.pdv.schemas.signing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * A committee's signing key with its id: turns serialized values into the records to publish, each carrying the
 * batch's signature, its path and the key id in its headers ({@link EventSignatures}). The key itself never leaves
 * this object ({@link #toString()} names the id only).
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

    /** A record to sign: its key as the producer's {@link StringSerializer} writes it, its value as serialized. */
    public record Unsigned(String key, byte[] value) {
    }

    /** One record, signed as a batch of one. */
    public ProducerRecord<String, byte[]> record(String topic, String recordKey, byte[] value) {
        return records(topic, List.of(new Unsigned(recordKey, value))).getFirst();
    }

    /** The records to send, in order, signed together with one Ed25519 signature. */
    public List<ProducerRecord<String, byte[]>> records(String topic, List<Unsigned> batch) {
        List<byte[]> leaves = new ArrayList<>(batch.size());
        MessageDigest sha = EventSignatures.sha256();
        for (Unsigned record : batch) {
            leaves.add(EventSignatures.leaf(sha, topic, KEYS.serialize(topic, record.key()), record.value()));
        }
        EventSignatures.Batch signed = EventSignatures.sign(key, leaves);
        List<ProducerRecord<String, byte[]>> records = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            RecordHeaders headers = new RecordHeaders();
            headers.add(new RecordHeader(EventSignatures.SIGNATURE_HEADER, signed.signature()));
            headers.add(new RecordHeader(EventSignatures.KEY_ID_HEADER, keyIdBytes));
            byte[] path = signed.paths().get(i);
            if (path.length > 0) {
                headers.add(new RecordHeader(EventSignatures.PATH_HEADER, path));
            }
            records.add(new ProducerRecord<>(topic, null, batch.get(i).key(), batch.get(i).value(), headers));
        }
        return records;
    }

    @Override
    public String toString() {
        return "EventSigner[" + keyId + "]";
    }
}
