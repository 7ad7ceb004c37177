package vn.pdv.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * The aggregator's clock in the demo: the simulated day at the wall clock's time of day, in Vietnam's zone. The
 * aggregator's watcher judges "today", and its pages open on today's year; on the wall-clock day (years after the
 * scenario's plan) no unit has a quota, so no status would ever change and no alert be raised. The unit services keep
 * the real clock: their steps are dated in the past, which is all their rules ask.
 *
 * <p>Known limit: when the simulation moves a day on, the clock jumps a day; instants it gives are not monotonic
 * across a restart that starts the simulation over (a fresh data directory).
 */
final class SimulatedClock extends Clock {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private volatile LocalDate day;

    SimulatedClock(LocalDate day) {
        this.day = day;
    }

    /** The last day the simulation has played through. */
    void moveTo(LocalDate day) {
        this.day = day;
    }

    @Override
    public ZoneId getZone() {
        return VIETNAM;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        SimulatedClock simulated = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return simulated.withZone(other);
            }

            @Override
            public Instant instant() {
                return simulated.instant();
            }
        };
    }

    @Override
    public Instant instant() {
        return day.atTime(LocalTime.now(VIETNAM)).atZone(VIETNAM).toInstant();
    }
}
