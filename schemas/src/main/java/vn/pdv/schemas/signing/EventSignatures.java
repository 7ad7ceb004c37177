package vn.pdv.schemas.signing;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.SignatureException;

/**
 * What a committee signs and the aggregator verifies: the topic, the key bytes and the value bytes exactly as
 * published (the Confluent wire format, schema id included), each length-prefixed behind a fixed label, so that no
 * byte of any of them can change, move between them or be cut off without the signature failing. Moving a record to
 * another topic, rekeying it or re-encoding its value under another schema id breaks it too.
 *
 * <p>The signature ({@value #SIGNATURE_HEADER}, 64 raw bytes) and the signing key's id ({@value #KEY_ID_HEADER},
 * UTF-8) travel in record headers, outside the signed bytes. Ed25519 is the JDK's own; signing is deterministic, so a
 * record sent twice carries the same signature.
 */
public final class EventSignatures {

    /** The Ed25519 signature over {@link #signedBytes}, 64 bytes. */
    public static final String SIGNATURE_HEADER = "pdv-signature";

    /** The id of the key that made the signature, as the province's key directory knows it (UTF-8). */
    public static final String KEY_ID_HEADER = "pdv-key-id";

    public static final String ALGORITHM = "Ed25519";

    /** Versions the layout, so that a later layout can never verify against an earlier one's bytes. */
    private static final byte[] LABEL = "pdv-event-signature-v1".getBytes(StandardCharsets.US_ASCII);

    private EventSignatures() {
    }

    /** {@code label ‖ len(topic) topic ‖ len(key) key ‖ len(value) value}, a null key or value as length -1. */
    public static byte[] signedBytes(String topic, byte[] key, byte[] value) {
        byte[] topicBytes = topic.getBytes(StandardCharsets.UTF_8);
        int size = LABEL.length + 3 * Integer.BYTES + topicBytes.length + length(key) + length(value);
        ByteBuffer buffer = ByteBuffer.allocate(size).put(LABEL);
        put(buffer, topicBytes);
        put(buffer, key);
        put(buffer, value);
        return buffer.array();
    }

    public static byte[] sign(PrivateKey key, String topic, byte[] recordKey, byte[] value) {
        try {
            Signature signer = Signature.getInstance(ALGORITHM);
            signer.initSign(key);
            signer.update(signedBytes(topic, recordKey, value));
            return signer.sign();
        } catch (InvalidKeyException e) {
            throw new IllegalArgumentException("Not an Ed25519 private key: " + key.getAlgorithm(), e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This JDK cannot sign with Ed25519", e);
        }
    }

    /** False for a signature that is not this key's over these bytes, including one of the wrong length. */
    public static boolean verifies(PublicKey key, String topic, byte[] recordKey, byte[] value, byte[] signature) {
        try {
            Signature verifier = Signature.getInstance(ALGORITHM);
            verifier.initVerify(key);
            verifier.update(signedBytes(topic, recordKey, value));
            return verifier.verify(signature);
        } catch (SignatureException malformed) {
            return false;
        } catch (InvalidKeyException e) {
            throw new IllegalArgumentException("Not an Ed25519 public key: " + key.getAlgorithm(), e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This JDK cannot verify Ed25519", e);
        }
    }

    private static int length(byte[] bytes) {
        return bytes == null ? 0 : bytes.length;
    }

    private static void put(ByteBuffer buffer, byte[] bytes) {
        if (bytes == null) {
            buffer.putInt(-1);
        } else {
            buffer.putInt(bytes.length).put(bytes);
        }
    }
}
