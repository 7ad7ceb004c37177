package vn.pdv.aggregator.keys;

import java.util.Optional;
import java.util.function.Function;
import vn.pdv.schemas.signing.EventSignatures;

/**
 * The check a record passes before the intake applies it, in the order that names the first thing wrong: signed at
 * all, by a key the directory knows, of the committee whose log the record claims, over these exact bytes, by a key
 * not revoked and valid on the day the event was recorded. Depends only on the record and the directory, so a replay
 * decides every record as before (a revocation since excepted, which is its point).
 */
public final class Signatures {

    private Signatures() {
    }

    /** How a batch's root signature is verified: {@link EventSignatures#verifiesRoot}, or a cache in front of it. */
    @FunctionalInterface
    public interface RootVerifier {
        boolean verifies(CommitteeKey key, byte[] root, byte[] signature);
    }

    public static Optional<Refusal> check(SignedRecord record, Function<KeyId, Optional<CommitteeKey>> directory) {
        return check(record, directory, (key, root, signature) ->
                EventSignatures.verifiesRoot(key.publicKey(), root, signature));
    }

    public static Optional<Refusal> check(SignedRecord record, Function<KeyId, Optional<CommitteeKey>> directory,
                                          RootVerifier verifier) {
        if (record.signature() == null || record.keyId() == null || record.keyId().isBlank()) {
            return refuse(Refusal.Reason.UNSIGNED, "no " + EventSignatures.SIGNATURE_HEADER + " or "
                    + EventSignatures.KEY_ID_HEADER + " header on a record of " + record.committee().value());
        }
        KeyId id;
        try {
            id = new KeyId(record.keyId());
        } catch (IllegalArgumentException malformed) {
            return refuse(Refusal.Reason.UNKNOWN_KEY, "malformed key id on a record of " + record.committee().value());
        }
        Optional<CommitteeKey> found = directory.apply(id);
        if (found.isEmpty()) {
            return refuse(Refusal.Reason.UNKNOWN_KEY, "key " + id + " is not registered (record of "
                    + record.committee().value() + ")");
        }
        CommitteeKey key = found.get();
        if (!key.committee().equals(record.committee())) {
            return refuse(Refusal.Reason.ANOTHER_COMMITTEES_KEY, "key " + id + " is " + key.committee().value()
                    + "'s, the record claims " + record.committee().value() + "'s log");
        }
        byte[] root = EventSignatures.root(EventSignatures.leaf(record.topic(), record.key(), record.value()),
                record.path());
        if (root == null || !verifier.verifies(key, root, record.signature())) {
            return refuse(Refusal.Reason.BAD_SIGNATURE, "the signature of " + record.committee().value()
                    + "'s record does not verify with key " + id);
        }
        if (key.isRevoked()) {
            return refuse(Refusal.Reason.REVOKED_KEY, "key " + id + " of " + key.committee().value()
                    + " was revoked at " + key.revokedAt());
        }
        if (record.recordedOn() == null) {
            return Optional.empty();
        }
        if (record.recordedOn().isBefore(key.validFrom())) {
            return refuse(Refusal.Reason.KEY_NOT_YET_VALID, "key " + id + " is valid from " + key.validFrom()
                    + ", the event was recorded on " + record.recordedOn());
        }
        if (key.validUntil() != null && record.recordedOn().isAfter(key.validUntil())) {
            return refuse(Refusal.Reason.KEY_EXPIRED, "key " + id + " was valid until " + key.validUntil()
                    + ", the event was recorded on " + record.recordedOn());
        }
        return Optional.empty();
    }

    private static Optional<Refusal> refuse(Refusal.Reason reason, String detail) {
        return Optional.of(new Refusal(reason, detail));
    }
}
