package vn.pdv.unit;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import vn.pdv.common.time.TimeProperties;
import vn.pdv.stack.SettableClock;

/**
 * The service's one clock as a {@link SettableClock} a test moves. Tests that import it share one context of their own
 * (with the alert consumer group {@value #ALERT_GROUP}, so it never takes partitions from the main context's group):
 *
 * <pre>{@code
 * @UnitServiceTest
 * @Import(ServiceClock.class)
 * @TestPropertySource(properties = "pdv.alerts.group-id=" + ServiceClock.ALERT_GROUP)
 * }</pre>
 */
@TestConfiguration
public class ServiceClock {

    public static final String ALERT_GROUP = "pdv-unit-alerts-clock-tests";

    @Bean
    SettableClock clock(TimeProperties time) {
        return new SettableClock(time.zone());
    }
}
