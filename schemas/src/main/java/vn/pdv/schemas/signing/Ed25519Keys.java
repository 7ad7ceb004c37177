package vn.pdv.schemas.signing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * Ed25519 keys in the PEM forms {@code openssl genpkey -algorithm ed25519} and {@code openssl pkey -pubout} write:
 * a private key as PKCS#8 ({@code BEGIN PRIVATE KEY}), a public key as X.509 SubjectPublicKeyInfo
 * ({@code BEGIN PUBLIC KEY}). Error messages name the file or the form, never a key's bytes.
 */
public final class Ed25519Keys {

    private static final String PRIVATE = "PRIVATE KEY";
    private static final String PUBLIC = "PUBLIC KEY";

    private Ed25519Keys() {
    }

    public static KeyPair generate() {
        return generate(new SecureRandom());
    }

    /**
     * A key pair anyone can derive from {@code seed}: for the local stack's demo and tests only, where every process
     * must agree on a committee's key without handing files around. Never a deployment's key.
     */
    public static KeyPair wellKnown(String seed) {
        try {
            SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
            // Seeded before its first use, SHA1PRNG yields the same bytes for the same seed.
            random.setSeed(("pdv-well-known-key:" + seed).getBytes(StandardCharsets.UTF_8));
            return generate(random);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This JDK has no SHA1PRNG", e);
        }
    }

    private static KeyPair generate(SecureRandom random) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(EventSignatures.ALGORITHM);
            generator.initialize(NamedParameterSpec.ED25519, random);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This JDK cannot generate Ed25519 keys", e);
        }
    }

    /** Reads a PKCS#8 PEM private key file; the message of a failure names the file only. */
    public static PrivateKey readPrivateKey(Path file) {
        String pem;
        try {
            pem = Files.readString(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot read the signing key file " + file + ": " + e.getMessage(), e);
        }
        try {
            return privateKey(pem);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The signing key file " + file + " is not an Ed25519 PKCS#8 PEM key ("
                    + e.getMessage() + ")", e);
        }
    }

    public static PrivateKey privateKey(String pem) {
        try {
            return KeyFactory.getInstance(EventSignatures.ALGORITHM)
                    .generatePrivate(new PKCS8EncodedKeySpec(decode(pem, PRIVATE)));
        } catch (InvalidKeySpecException e) {
            throw new IllegalArgumentException("not an Ed25519 private key", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This JDK has no Ed25519", e);
        }
    }

    /** A {@code BEGIN PUBLIC KEY} PEM, or its base64 body alone. */
    public static PublicKey publicKey(String pem) {
        return publicKey(decode(pem, PUBLIC));
    }

    /** From the X.509 SubjectPublicKeyInfo encoding ({@link PublicKey#getEncoded()}). */
    public static PublicKey publicKey(byte[] encoded) {
        try {
            return KeyFactory.getInstance(EventSignatures.ALGORITHM).generatePublic(new X509EncodedKeySpec(encoded));
        } catch (InvalidKeySpecException e) {
            throw new IllegalArgumentException("not an Ed25519 public key", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This JDK has no Ed25519", e);
        }
    }

    public static String pem(PublicKey key) {
        return pem(PUBLIC, key.getEncoded());
    }

    public static String pem(PrivateKey key) {
        return pem(PRIVATE, key.getEncoded());
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private static byte[] decode(String pem, String type) {
        String body = pem.strip();
        String begin = "-----BEGIN " + type + "-----";
        String end = "-----END " + type + "-----";
        if (body.startsWith("-----")) {
            int from = body.indexOf(begin);
            int to = body.indexOf(end);
            if (from != 0 || to < 0) {
                throw new IllegalArgumentException("expected a PEM block '" + begin + "'");
            }
            body = body.substring(begin.length(), to);
        }
        try {
            return Base64.getMimeDecoder().decode(body);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the PEM body is not base64", e);
        }
    }
}
