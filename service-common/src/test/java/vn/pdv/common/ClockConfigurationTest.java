package vn.pdv.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import vn.pdv.common.time.ClockConfiguration;

class ClockConfigurationTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ClockConfiguration.class));

    @Test
    void asksTheDayInVietnamByDefault() {
        context.run(started -> assertThat(started.getBean(Clock.class).getZone())
                .isEqualTo(ZoneId.of("Asia/Ho_Chi_Minh")));
    }

    @Test
    void theZoneIsConfigurable() {
        context.withPropertyValues("pdv.time.zone=UTC")
                .run(started -> assertThat(started.getBean(Clock.class).getZone()).isEqualTo(ZoneId.of("UTC")));
    }

    @Test
    void aServicesOwnClockWins() {
        Clock fixed = Clock.fixed(Instant.EPOCH, ZoneId.of("UTC"));
        context.withBean(Clock.class, () -> fixed)
                .run(started -> assertThat(started.getBean(Clock.class)).isSameAs(fixed));
    }
}
