package vn.pdv.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import jakarta.validation.Validator;
import jakarta.validation.constraints.PastOrPresent;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
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

    /** 00:30 on 10 March in Vietnam is still 9 March in UTC, where servers usually run. */
    @Test
    void beanValidationsTodayIsVietnamsShortlyAfterMidnight() {
        Clock halfPastMidnight = Clock.fixed(Instant.parse("2025-03-09T17:30:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));
        context.withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
                .withBean(Clock.class, () -> halfPastMidnight)
                .run(started -> {
                    Validator validator = started.getBean(Validator.class);
                    assertThat(validator.validate(new Step(LocalDate.of(2025, 3, 10)))).isEmpty();
                    assertThat(validator.validate(new Step(LocalDate.of(2025, 3, 11)))).hasSize(1);
                });
    }

    record Step(@PastOrPresent LocalDate on) {
    }

    @Test
    void aServicesOwnClockWins() {
        Clock fixed = Clock.fixed(Instant.EPOCH, ZoneId.of("UTC"));
        context.withBean(Clock.class, () -> fixed)
                .run(started -> assertThat(started.getBean(Clock.class)).isSameAs(fixed));
    }
}
