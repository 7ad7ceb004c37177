package vn.pdv.aggregator;

import java.time.ZoneId;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import vn.pdv.stack.SettableClock;

/**
 * Puts a clock the test moves in place of the service's one clock, in the zone the service's own has by default
 * ({@code pdv.time.zone}): a test that moves it to 00:30 in Vietnam sees what the service does then. Tests that
 * import this share one Spring context.
 */
@TestConfiguration
public class VietnamClock {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Bean
    @Primary
    SettableClock settableClock() {
        return new SettableClock(VIETNAM);
    }
}
