package vn.pdv.aggregator.keys;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The province's committee keys, by id; a key once registered keeps its id for ever, so old events still verify. */
public interface KeyDirectory {

    Optional<CommitteeKey> find(KeyId id);

    /** @return false when the id is taken already (nothing is changed) */
    boolean register(CommitteeKey key);

    /** @return the key as revoked now, or as revoked before (the first revocation stands); empty if unknown */
    Optional<CommitteeKey> revoke(KeyId id, Instant at, String reason);

    /**
     * Ends the key's validity on {@code lastDay} unless it ends earlier already (a validity is only shortened).
     *
     * @return the key as it stands after; empty if unknown
     */
    Optional<CommitteeKey> endValidity(KeyId id, LocalDate lastDay);

    List<CommitteeKey> all();
}
