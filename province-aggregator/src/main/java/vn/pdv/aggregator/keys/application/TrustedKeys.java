package vn.pdv.aggregator.keys.application;

import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.springframework.stereotype.Service;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.keys.CommitteeKey;
import vn.pdv.aggregator.keys.KeyDirectory;
import vn.pdv.aggregator.keys.KeyId;
import vn.pdv.aggregator.keys.Refusal;
import vn.pdv.aggregator.keys.SignedRecord;
import vn.pdv.aggregator.keys.Signatures;
import vn.pdv.schemas.signing.EventSignatures;
import vn.pdv.schemas.signing.LocalStackKeys;

/**
 * Checks records against the directory, read through a short cache (the intake asks once per record, the directory
 * changes a few times a year), and, on the local stack only, against its well-known keys, which the directory
 * never holds. A key registered or revoked here is seen at once; through another instance, within
 * {@link TrustProperties#cacheFor}.
 */
@Service
public class TrustedKeys {

    private final KeyDirectory directory;
    private final TrustProperties properties;
    private final Clock clock;
    private final ConcurrentMap<KeyId, Cached> cache = new ConcurrentHashMap<>();
    private final Set<Verified> recentlyVerified = ConcurrentHashMap.newKeySet();

    private record Cached(Optional<CommitteeKey> key, Instant until) {
    }

    TrustedKeys(KeyDirectory directory, TrustProperties properties, Clock clock) {
        this.directory = directory;
        this.properties = properties;
        this.clock = clock;
    }

    /** @return why the record must not be applied; empty when it may */
    public Optional<Refusal> check(SignedRecord record) {
        return Signatures.check(record, this::find, this::verifies);
    }

    /**
     * A batch's records share one root and signature: the Ed25519 verification (the costly part) is done once per
     * batch, and remembered by key, root and signature. Bounded: forgotten wholesale when it grows large.
     */
    private boolean verifies(CommitteeKey key, byte[] root, byte[] signature) {
        Verified verified = new Verified(key.id(), ByteBuffer.wrap(root), ByteBuffer.wrap(signature));
        if (recentlyVerified.contains(verified)) {
            return true;
        }
        boolean verifies = EventSignatures.verifiesRoot(key.publicKey(), root, signature);
        if (verifies) {
            if (recentlyVerified.size() >= 4_096) {
                recentlyVerified.clear();
            }
            recentlyVerified.add(verified);
        }
        return verifies;
    }

    private record Verified(KeyId key, ByteBuffer root, ByteBuffer signature) {
    }

    Optional<CommitteeKey> find(KeyId id) {
        Instant now = clock.instant();
        Cached cached = cache.get(id);
        if (cached == null || now.isAfter(cached.until())) {
            cached = new Cached(lookUp(id), now.plus(properties.cacheFor()));
            cache.put(id, cached);
        }
        return cached.key();
    }

    private Optional<CommitteeKey> lookUp(KeyId id) {
        Optional<CommitteeKey> registered = directory.find(id);
        if (registered.isPresent() || !properties.localStack()) {
            return registered;
        }
        return LocalStackKeys.byId(id.value()).map(local -> CommitteeKey.registered(id, new UnitCode(local.code()),
                local.publicKey(), LocalDate.MIN, null));
    }

    /** After a change made here: the next record reads the directory again. */
    void forget(KeyId id) {
        cache.remove(id);
    }
}
