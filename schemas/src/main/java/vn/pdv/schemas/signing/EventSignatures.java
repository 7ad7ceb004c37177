package vn.pdv.schemas.signing;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.EdECKey;
import java.security.interfaces.EdECPrivateKey;
import java.security.interfaces.EdECPublicKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.bouncycastle.math.ec.rfc8032.Ed25519;

/**
 * What a committee signs and the aggregator verifies, and the one place it is spelled.
 *
 * <p>A record's <em>signed bytes</em> are the topic, the key bytes and the value bytes exactly as published (the
 * Confluent wire format, schema id included), each length-prefixed behind a fixed label, so that no byte of any of
 * them can change, move between them or be cut off unnoticed; moving a record to another topic, rekeying it or
 * re-encoding its value under another schema id breaks it too.
 *
 * <p>The relay signs a batch at a time: each record's signed bytes are hashed into a leaf (SHA-256, domain-separated
 * from inner nodes as in RFC 6962), the leaves into a Merkle tree, and the root is signed with Ed25519. Each record
 * carries the root's signature ({@value #SIGNATURE_HEADER}), the key id ({@value #KEY_ID_HEADER}) and its path to the
 * root ({@value #PATH_HEADER}: per level one side byte, 0 when the sibling is on the right, 1 on the left, then the
 * sibling's 32-byte hash; absent for a batch of one). So every record verifies on its own, by its own bytes, while
 * Ed25519 is paid once per batch at each end, not per record. Ed25519 signing is deterministic: a batch signed again
 * carries the same signatures.
 *
 * <p>Ed25519 itself is Bouncy Castle's RFC 8032 code rather than the JDK's {@code Signature}. Both make the same
 * bytes ({@code EventSignaturesTest} checks each against the other), but on these machines the JDK verifies in
 * ~800 µs and Bouncy Castle in ~100 µs, and a relay that publishes as events come makes batches of about one event,
 * all verified on the aggregator's one intake thread. The keys stay the JDK's ({@link Ed25519Keys}).
 */
public final class EventSignatures {

    /** The Ed25519 signature of the Merkle root over the record's batch, 64 bytes. */
    public static final String SIGNATURE_HEADER = "pdv-signature";

    /** The id of the key that made the signature, as the province's key directory knows it (UTF-8). */
    public static final String KEY_ID_HEADER = "pdv-key-id";

    /** The record's path from its leaf to the signed root; absent or empty when the batch was one record. */
    public static final String PATH_HEADER = "pdv-signature-path";

    public static final String ALGORITHM = "Ed25519";

    static final int HASH_BYTES = 32;

    /** Versions the layout, so that a later layout can never verify against an earlier one's bytes. */
    private static final byte[] LABEL = "pdv-event-signature-v1".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ROOT_LABEL = "pdv-event-batch-root-v1".getBytes(StandardCharsets.US_ASCII);
    private static final byte LEAF = 0;
    private static final byte NODE = 1;
    private static final int STEP_BYTES = 1 + HASH_BYTES;

    private EventSignatures() {
    }

    /** One batch's signature and each record's path to the signed root, in the order the records were given. */
    public record Batch(byte[] signature, List<byte[]> paths) {
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

    /** The record's leaf in its batch's tree: SHA-256 of a zero byte and its {@link #signedBytes}. */
    public static byte[] leaf(String topic, byte[] key, byte[] value) {
        return leaf(sha256(), topic, key, value);
    }

    /** As {@link #leaf(String, byte[], byte[])}, fed to the digest piece by piece rather than copied into one array. */
    static byte[] leaf(MessageDigest sha, String topic, byte[] key, byte[] value) {
        sha.update(LEAF);
        sha.update(LABEL);
        update(sha, topic.getBytes(StandardCharsets.UTF_8));
        update(sha, key);
        update(sha, value);
        return sha.digest();
    }

    /** A new SHA-256 digest, for {@link #leaf(MessageDigest, String, byte[], byte[])} over a whole batch. */
    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("This JDK has no SHA-256", e);
        }
    }

    /** Signs a batch of leaves ({@link #leaf}) at once: one Ed25519 signature, one path per leaf. */
    public static Batch sign(PrivateKey key, List<byte[]> leaves) {
        if (leaves.isEmpty()) {
            throw new IllegalArgumentException("Nothing to sign");
        }
        List<ByteBuffer> paths = new ArrayList<>(leaves.size());
        for (int i = 0; i < leaves.size(); i++) {
            paths.add(ByteBuffer.allocate(STEP_BYTES * depth(leaves.size())));
        }
        MessageDigest sha = sha256();
        List<byte[]> level = new ArrayList<>(leaves);
        // Each leaf's index at the current level: its ancestors' place, level by level.
        int[] at = new int[leaves.size()];
        for (int i = 0; i < at.length; i++) {
            at[i] = i;
        }
        while (level.size() > 1) {
            for (int i = 0; i < at.length; i++) {
                int index = at[i];
                int sibling = index ^ 1;
                if (sibling < level.size()) {
                    paths.get(i).put(index % 2 == 0 ? (byte) 0 : (byte) 1).put(level.get(sibling));
                }
                at[i] = index / 2;
            }
            List<byte[]> up = new ArrayList<>((level.size() + 1) / 2);
            for (int i = 0; i < level.size(); i += 2) {
                up.add(i + 1 < level.size() ? node(sha, level.get(i), level.get(i + 1)) : level.get(i));
            }
            level = up;
        }
        byte[] signature = signRoot(key, level.getFirst());
        List<byte[]> encoded = new ArrayList<>(paths.size());
        for (ByteBuffer path : paths) {
            byte[] bytes = new byte[path.position()];
            path.flip().get(bytes);
            encoded.add(bytes);
        }
        return new Batch(signature, encoded);
    }

    /** The root a record's leaf and path lead to; null when the path is malformed. */
    public static byte[] root(byte[] leaf, byte[] path) {
        if (path == null || path.length == 0) {
            return leaf;
        }
        if (path.length % STEP_BYTES != 0) {
            return null;
        }
        byte[] hash = leaf;
        MessageDigest sha = sha256();
        ByteBuffer steps = ByteBuffer.wrap(path);
        byte[] sibling = new byte[HASH_BYTES];
        while (steps.hasRemaining()) {
            byte side = steps.get();
            steps.get(sibling);
            if (side == 0) {
                hash = node(sha, hash, sibling);
            } else if (side == 1) {
                hash = node(sha, sibling, hash);
            } else {
                return null;
            }
        }
        return hash;
    }

    /** False for a signature that is not this key's over this root, including one of the wrong length. */
    public static boolean verifiesRoot(PublicKey key, byte[] root, byte[] signature) {
        byte[] publicKey = raw(key);
        if (signature == null || signature.length != Ed25519.SIGNATURE_SIZE) {
            return false;
        }
        byte[] message = rootMessage(root);
        return Ed25519.verify(signature, 0, publicKey, 0, message, 0, message.length);
    }

    /** Verifies one record on its own: its bytes, its path to the root, the root's signature. */
    public static boolean verifies(PublicKey key, String topic, byte[] recordKey, byte[] value, byte[] signature,
                                   byte[] path) {
        byte[] root = root(leaf(topic, recordKey, value), path);
        return root != null && verifiesRoot(key, root, signature);
    }

    private static byte[] signRoot(PrivateKey key, byte[] root) {
        byte[] seed = raw(key);
        byte[] message = rootMessage(root);
        byte[] signature = new byte[Ed25519.SIGNATURE_SIZE];
        Ed25519.sign(seed, 0, message, 0, message.length, signature, 0);
        Arrays.fill(seed, (byte) 0);
        return signature;
    }

    /** What the Ed25519 signature is over: {@code ROOT_LABEL ‖ root}. */
    private static byte[] rootMessage(byte[] root) {
        byte[] message = Arrays.copyOf(ROOT_LABEL, ROOT_LABEL.length + root.length);
        System.arraycopy(root, 0, message, ROOT_LABEL.length, root.length);
        return message;
    }

    /** The RFC 8032 encoding of an Ed25519 public key: the last 32 bytes of its X.509 SubjectPublicKeyInfo. */
    private static byte[] raw(PublicKey key) {
        if (!(key instanceof EdECPublicKey ed) || !isEd25519(ed)) {
            throw new IllegalArgumentException("Not an Ed25519 public key: " + key.getAlgorithm());
        }
        byte[] encoded = key.getEncoded();
        return Arrays.copyOfRange(encoded, encoded.length - Ed25519.PUBLIC_KEY_SIZE, encoded.length);
    }

    /** The RFC 8032 32-byte seed of an Ed25519 private key. */
    private static byte[] raw(PrivateKey key) {
        if (!(key instanceof EdECPrivateKey ed) || !isEd25519(ed)) {
            throw new IllegalArgumentException("Not an Ed25519 private key: " + key.getAlgorithm());
        }
        return ed.getBytes().orElseThrow(() -> new IllegalArgumentException("An Ed25519 private key without its bytes"));
    }

    /** Ed25519 rather than Ed448, the JDK's other EdDSA curve. */
    private static boolean isEd25519(EdECKey key) {
        return ALGORITHM.equalsIgnoreCase(key.getParams().getName());
    }

    private static byte[] node(MessageDigest sha, byte[] left, byte[] right) {
        sha.update(NODE);
        sha.update(left);
        return sha.digest(right);
    }

    private static int depth(int leaves) {
        return 32 - Integer.numberOfLeadingZeros(Math.max(1, leaves - 1));
    }

    private static int length(byte[] bytes) {
        return bytes == null ? 0 : bytes.length;
    }

    /** Feeds {@code bytes} to the digest as {@link #put} lays them out: length (4 bytes, big-endian), then the bytes. */
    private static void update(MessageDigest sha, byte[] bytes) {
        int length = bytes == null ? -1 : bytes.length;
        sha.update((byte) (length >>> 24));
        sha.update((byte) (length >>> 16));
        sha.update((byte) (length >>> 8));
        sha.update((byte) length);
        if (bytes != null) {
            sha.update(bytes);
        }
    }

    private static void put(ByteBuffer buffer, byte[] bytes) {
        if (bytes == null) {
            buffer.putInt(-1);
        } else {
            buffer.putInt(bytes.length).put(bytes);
        }
    }
}
