package vn.pdv.aggregator;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The service's one clock, moved by the test, in the zone the service's own clock has ({@code pdv.time.zone}'s
 * default): a test that moves it to 00:30 in Vietnam sees what the service does then. Tests that import
 * {@link Configuration} share one Spring context.
 */
public final class SettableClock extends Clock {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.now());

    public void moveTo(Instant instant) {
        now.set(instant);
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    @Override
    public ZoneId getZone() {
        return VIETNAM;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return zone.equals(VIETNAM) ? this : Clock.fixed(instant(), zone);
    }

    /** Puts a settable clock in place of the service's. */
    @TestConfiguration
    public static class Configuration {

        @Bean
        @Primary
        SettableClock settableClock() {
            return new SettableClock();
        }
    }
}
