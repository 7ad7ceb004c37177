package vn.pdv.aggregator.keys.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.pdv.aggregator.keys.CommitteeKey;
import vn.pdv.aggregator.keys.KeyDirectory;
import vn.pdv.aggregator.keys.KeyId;

/** The province administrator's changes to the key directory; the intake sees each at once. */
@Service
public class KeyRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(KeyRegistry.class);

    private final KeyDirectory directory;
    private final TrustedKeys trusted;
    private final Clock clock;

    KeyRegistry(KeyDirectory directory, TrustedKeys trusted, Clock clock) {
        this.directory = directory;
        this.trusted = trusted;
        this.clock = clock;
    }

    /** @return false when the id is taken (a key id is never reused, so that old events keep verifying by it) */
    public boolean register(CommitteeKey key, String by) {
        boolean registered = directory.register(key);
        trusted.forget(key.id());
        if (registered) {
            LOG.info("Key {} of {} registered by {}, valid {} to {}", key.id(), key.committee().value(), by,
                    key.validFrom(), key.until().map(Object::toString).orElse("further notice"));
        }
        return registered;
    }

    public Optional<CommitteeKey> revoke(KeyId id, String reason, String by) {
        Optional<CommitteeKey> revoked = directory.revoke(id, clock.instant().truncatedTo(ChronoUnit.MILLIS), reason);
        trusted.forget(id);
        revoked.ifPresent(key -> LOG.warn("Key {} of {} revoked by {}: {}", id, key.committee().value(), by, reason));
        return revoked;
    }

    /**
     * Ends a key's validity on {@code lastDay}, as a rotation does once the committee signs with its new key: events
     * recorded up to that day keep verifying on every replay, later ones under this key are refused.
     */
    public Optional<CommitteeKey> endValidity(KeyId id, LocalDate lastDay, String by) {
        Optional<CommitteeKey> ended = directory.endValidity(id, lastDay);
        trusted.forget(id);
        ended.ifPresent(key -> LOG.info("Key {} of {} valid until {}, set by {}", id, key.committee().value(),
                key.validUntil(), by));
        return ended;
    }

    public Optional<CommitteeKey> find(KeyId id) {
        return directory.find(id);
    }

    public List<CommitteeKey> all() {
        return directory.all();
    }
}
