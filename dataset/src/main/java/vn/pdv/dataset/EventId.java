package vn.pdv.dataset;

import java.util.Objects;
import java.util.SplittableRandom;
import java.util.UUID;

/** An event's id: a version-4 UUID, drawn from the data set's own random stream so that a seed gives the same ids. */
public record EventId(String value) {

    public EventId {
        Objects.requireNonNull(value, "event id");
    }

    static EventId drawn(SplittableRandom random) {
        return new EventId(uuid(random).toString());
    }

    /** A random (version 4, IETF variant) UUID from the given stream. */
    public static UUID uuid(SplittableRandom random) {
        long most = (random.nextLong() & ~0xF000L) | 0x4000L;
        long least = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(most, least);
    }

    @Override
    public String toString() {
        return value;
    }
}
