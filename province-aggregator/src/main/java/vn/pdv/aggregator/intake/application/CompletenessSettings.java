package vn.pdv.aggregator.intake.application;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code pdv.aggregator.quiet-after}: what {@link Completeness} calls quiet.
 *
 * @param quietAfter how long a committee may send nothing before it shows as quiet at {@code GET /api/logs}
 */
@ConfigurationProperties("pdv.aggregator")
public record CompletenessSettings(@DefaultValue("P14D") Duration quietAfter) {
}
