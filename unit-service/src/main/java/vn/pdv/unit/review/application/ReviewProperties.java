package vn.pdv.unit.review.application;

import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The quarterly review's settings ({@code pdv.reviews.*}).
 *
 * @param lookBackQuarters how many ended quarters the due list and the alerts look back (default 4: a year)
 * @param alertCheckEvery  how often overdue reviews are looked for and raised as alerts (default hourly; also once
 *                         shortly after start)
 */
@Validated
@ConfigurationProperties("pdv.reviews")
public record ReviewProperties(@DefaultValue("4") @Min(0) int lookBackQuarters,
                               @DefaultValue("PT1H") Duration alertCheckEvery) {
}
