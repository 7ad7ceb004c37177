package vn.pdv.stack;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock a test moves by hand, for a service whose every "now" and "today" comes from its {@code Clock} bean. It
 * stands still until moved; {@link #withZone} gives a view of the same time in another zone.
 */
public final class SettableClock extends Clock {

    private final ZoneId zone;
    private final AtomicReference<Instant> now;

    public SettableClock(ZoneId zone) {
        this(zone, new AtomicReference<>(Instant.now()));
    }

    private SettableClock(ZoneId zone, AtomicReference<Instant> now) {
        this.zone = zone;
        this.now = now;
    }

    public void moveTo(Instant instant) {
        now.set(instant);
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new SettableClock(other, now);
    }
}
