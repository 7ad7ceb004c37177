package vn.pdv.aggregator.keys;

import java.security.PublicKey;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import vn.pdv.aggregator.hierarchy.UnitCode;

/**
 * One committee's public signing key as the province registered it.
 *
 * @param validFrom  the first day (Vietnam time) an event may be recorded under it
 * @param validUntil the last such day; null while the key is current. A key retired by rotation keeps verifying the
 *                   events recorded up to this day, on every replay
 * @param revokedAt  when a province administrator revoked it (a key known or feared lost); null if never. Every
 *                   event signed by a revoked key is refused, whenever recorded: a holder of the lost key could
 *                   date an event as it liked
 */
public record CommitteeKey(KeyId id, UnitCode committee, PublicKey publicKey, LocalDate validFrom,
                           LocalDate validUntil, Instant revokedAt, String revocationReason) {

    public CommitteeKey {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(committee, "committee");
        Objects.requireNonNull(publicKey, "publicKey");
        Objects.requireNonNull(validFrom, "validFrom");
        if (validUntil != null && validUntil.isBefore(validFrom)) {
            throw new IllegalArgumentException("A key's validity cannot end before it starts");
        }
    }

    public static CommitteeKey registered(KeyId id, UnitCode committee, PublicKey publicKey, LocalDate validFrom,
                                          LocalDate validUntil) {
        return new CommitteeKey(id, committee, publicKey, validFrom, validUntil, null, null);
    }

    public CommitteeKey revoked(Instant at, String reason) {
        return new CommitteeKey(id, committee, publicKey, validFrom, validUntil, at, reason);
    }

    /** The key with its validity ending on {@code lastDay}, as a rotation ends it. */
    public CommitteeKey endingOn(LocalDate lastDay) {
        return new CommitteeKey(id, committee, publicKey, validFrom, lastDay, revokedAt, revocationReason);
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public Optional<LocalDate> until() {
        return Optional.ofNullable(validUntil);
    }
}
