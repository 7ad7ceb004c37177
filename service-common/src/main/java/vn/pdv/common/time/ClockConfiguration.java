package vn.pdv.common.time;

import java.time.Clock;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;

/**
 * The one {@link Clock} of a service, in the configured zone, so that {@code LocalDate.now(clock)} is Vietnam's
 * day everywhere: between 00:00 and 07:00 Vietnam time a UTC clock would still say yesterday. Tests replace it
 * with a fixed clock of their own.
 */
@AutoConfiguration
@EnableConfigurationProperties(TimeProperties.class)
public class ClockConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock(TimeProperties time) {
        return Clock.system(time.zone());
    }

    /**
     * Bean Validation asks the same clock, so that {@code @PastOrPresent} on a date means "not after Vietnam's today":
     * left to itself it asks the server's zone, and from 00:00 to 07:00 would refuse a step dated today.
     */
    @Bean
    ValidationConfigurationCustomizer validationClock(Clock clock) {
        return configuration -> configuration.clockProvider(() -> clock);
    }
}
