package vn.pdv.aggregator.intake.application;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param quietAfter how long a committee may send nothing before it shows as quiet */
@ConfigurationProperties("pdv.aggregator")
public record CompletenessSettings(@DefaultValue("P14D") Duration quietAfter) {
}
