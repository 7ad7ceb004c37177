package vn.pdv.schemas.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventSignaturesTest {

    private static final byte[] VALUE = {0, 0, 0, 0, 7, 2, 4, 6, 8};
    private final KeyPair committee = Ed25519Keys.generate();

    @Test
    void verifiesWhatItsKeySignedAndNothingElse() {
        ProducerRecord<String, byte[]> record = new EventSigner("DUK-01-1", committee.getPrivate())
                .record("pdv.unit-events", "DUK-01", VALUE);
        byte[] signature = record.headers().lastHeader(EventSignatures.SIGNATURE_HEADER).value();

        assertThat(new String(record.headers().lastHeader(EventSignatures.KEY_ID_HEADER).value(),
                StandardCharsets.UTF_8)).isEqualTo("DUK-01-1");
        assertThat(signature).hasSize(64);
        assertThat(verifies("pdv.unit-events", "DUK-01", VALUE, signature)).isTrue();
    }

    @Test
    void refusesAnyChangedByteTopicOrKey() {
        byte[] signature = signatureOf(new EventSigner("k", committee.getPrivate())
                .record("pdv.unit-events", "DUK-01", VALUE));
        for (int i = 0; i < VALUE.length; i++) {
            byte[] changed = VALUE.clone();
            changed[i] ^= 1;
            assertThat(verifies("pdv.unit-events", "DUK-01", changed, signature)).as("byte %d changed", i).isFalse();
        }
        assertThat(verifies("pdv.unit-events.DLT", "DUK-01", VALUE, signature)).isFalse();
        assertThat(verifies("pdv.unit-events", "DUK-26", VALUE, signature)).isFalse();
        assertThat(verifies("pdv.unit-events", "DUK-01", VALUE, new byte[] {1, 2, 3})).isFalse();
    }

    @Test
    void signsAndVerifiesTheSameBytesAsTheJdksEd25519() throws Exception {
        byte[] label = "pdv-event-batch-root-v1".getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < 20; i++) {
            KeyPair key = Ed25519Keys.generate();
            byte[] root = EventSignatures.leaf("pdv.unit-events", bytes("DUK-01"), new byte[] {0, 0, 0, 0, 7, (byte) i});
            Signature jdk = Signature.getInstance("Ed25519");
            jdk.initSign(key.getPrivate());
            jdk.update(label);
            jdk.update(root);
            byte[] jdkSignature = jdk.sign();

            byte[] signature = EventSignatures.sign(key.getPrivate(), List.of(root)).signature();

            assertThat(signature).isEqualTo(jdkSignature);
            assertThat(EventSignatures.verifiesRoot(key.getPublic(), root, jdkSignature)).isTrue();
            byte[] forged = jdkSignature.clone();
            forged[i] ^= 1;
            assertThat(EventSignatures.verifiesRoot(key.getPublic(), root, forged)).isFalse();
            jdk.initVerify(key.getPublic());
            jdk.update(label);
            jdk.update(root);
            assertThat(jdk.verify(signature)).isTrue();
        }
    }

    @Test
    void aKeyOfAnotherAlgorithmIsRefusedByName() throws Exception {
        KeyPair rsa = KeyPairGenerator.getInstance("RSA").generateKeyPair();
        byte[] root = EventSignatures.leaf("pdv.unit-events", bytes("DUK-01"), VALUE);

        assertThatThrownBy(() -> EventSignatures.verifiesRoot(rsa.getPublic(), root, new byte[64]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Not an Ed25519 public key");
        assertThatThrownBy(() -> EventSignatures.sign(rsa.getPrivate(), List.of(root)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Not an Ed25519 private key");
    }

    @Test
    void aLeafIsTheHashOfAZeroByteAndTheSignedBytesAsDocumented() throws Exception {
        for (byte[] key : new byte[][] {"DUK-01".getBytes(StandardCharsets.UTF_8), null, new byte[0]}) {
            var sha = java.security.MessageDigest.getInstance("SHA-256");
            sha.update((byte) 0);
            byte[] documented = sha.digest(EventSignatures.signedBytes("pdv.unit-events", key, VALUE));

            assertThat(EventSignatures.leaf("pdv.unit-events", key, VALUE)).isEqualTo(documented);
        }
    }

    @Test
    void refusesAnotherCommitteesKey() {
        byte[] signature = signatureOf(new EventSigner("k", Ed25519Keys.generate().getPrivate())
                .record("pdv.unit-events", "DUK-01", VALUE));

        assertThat(verifies("pdv.unit-events", "DUK-01", VALUE, signature)).isFalse();
    }

    @Test
    void everyRecordOfABatchVerifiesOnItsOwnAndNoneWithAnothersBytesOrPath() {
        var signer = new EventSigner("DUK-01-1", committee.getPrivate());
        for (int size : new int[] {1, 2, 3, 7, 8, 250}) {
            List<EventSigner.Unsigned> batch = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                batch.add(new EventSigner.Unsigned("DUK-01", new byte[] {0, 0, 0, 0, 7, (byte) i, (byte) (i >> 8)}));
            }
            List<ProducerRecord<String, byte[]>> records = signer.records("pdv.unit-events", batch);

            assertThat(records).hasSize(size).allSatisfy(record -> assertThat(EventSignatures.verifies(
                    committee.getPublic(), record.topic(), bytes(record.key()), record.value(), signatureOf(record),
                    path(record))).as("batch of %d", size).isTrue());
            if (size > 1) {
                var first = records.getFirst();
                var second = records.get(1);
                assertThat(EventSignatures.verifies(committee.getPublic(), first.topic(), bytes(first.key()),
                        second.value(), signatureOf(first), path(first))).isFalse();
            }
        }
    }

    @Test
    void lengthPrefixesKeepBytesFromMovingBetweenKeyAndValue() {
        assertThat(EventSignatures.signedBytes("t", bytes("ab"), bytes("c")))
                .isNotEqualTo(EventSignatures.signedBytes("t", bytes("a"), bytes("bc")));
        assertThat(EventSignatures.signedBytes("t", null, bytes("c")))
                .isNotEqualTo(EventSignatures.signedBytes("t", new byte[0], bytes("c")));
    }

    @Test
    void readsThePemFilesOpensslWrites(@TempDir Path dir) throws Exception {
        Path privateFile = dir.resolve("duk-01.pem");
        Path publicFile = dir.resolve("duk-01.pub.pem");
        Process genpkey = new ProcessBuilder("openssl", "genpkey", "-algorithm", "ed25519", "-out", privateFile.toString())
                .inheritIO().start();
        assertThat(genpkey.waitFor()).isZero();
        Process pubout = new ProcessBuilder("openssl", "pkey", "-in", privateFile.toString(), "-pubout", "-out",
                publicFile.toString()).inheritIO().start();
        assertThat(pubout.waitFor()).isZero();

        var signer = new EventSigner("DUK-01-1", Ed25519Keys.readPrivateKey(privateFile));
        var record = signer.record("pdv.unit-events", "DUK-01", VALUE);

        assertThat(EventSignatures.verifies(Ed25519Keys.publicKey(Files.readString(publicFile)), "pdv.unit-events",
                bytes("DUK-01"), VALUE, signatureOf(record), null)).isTrue();
    }

    @Test
    void aPublicKeyTravelsAsPemAndBack() {
        String pem = Ed25519Keys.pem(committee.getPublic());

        assertThat(pem).startsWith("-----BEGIN PUBLIC KEY-----");
        assertThat(Ed25519Keys.publicKey(pem)).isEqualTo(committee.getPublic());
        assertThat(Ed25519Keys.privateKey(Ed25519Keys.pem(committee.getPrivate())).getEncoded())
                .isEqualTo(committee.getPrivate().getEncoded());
    }

    @Test
    void aFileThatIsNotAKeyIsNamedWithoutItsContent(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("key.pem");
        Files.writeString(file, "-----BEGIN PRIVATE KEY-----\nc2VjcmV0\n-----END PRIVATE KEY-----\n");

        assertThatThrownBy(() -> Ed25519Keys.readPrivateKey(file))
                .hasMessageContaining(file.toString()).hasMessageNotContaining("c2VjcmV0");
    }

    @Test
    void aWellKnownKeyIsTheSameForTheSameSeedOnly() {
        assertThat(Ed25519Keys.wellKnown("DUK-01").getPublic()).isEqualTo(Ed25519Keys.wellKnown("DUK-01").getPublic());
        assertThat(Ed25519Keys.wellKnown("DUK-01").getPublic()).isNotEqualTo(Ed25519Keys.wellKnown("DUK-26").getPublic());
    }

    @Test
    void theSignerNeverShowsItsKey() {
        assertThat(new EventSigner("DUK-01-1", committee.getPrivate()).toString()).isEqualTo("EventSigner[DUK-01-1]");
    }

    private boolean verifies(String topic, String key, byte[] value, byte[] signature) {
        return EventSignatures.verifies(committee.getPublic(), topic, bytes(key), value, signature, null);
    }

    private static byte[] signatureOf(ProducerRecord<String, byte[]> record) {
        return record.headers().lastHeader(EventSignatures.SIGNATURE_HEADER).value();
    }

    private static byte[] path(ProducerRecord<String, byte[]> record) {
        var header = record.headers().lastHeader(EventSignatures.PATH_HEADER);
        return header == null ? null : header.value();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
