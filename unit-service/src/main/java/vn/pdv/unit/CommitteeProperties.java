package vn.pdv.unit;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Which committee this deployment serves. Its code keys the committee's event log and every Kafka
 * record the service publishes.
 *
 * @param code the committee's unit code, e.g. {@code DUK-01}
 */
@Validated
@ConfigurationProperties("pdv.committee")
public record CommitteeProperties(@NotBlank String code) {
}
