package vn.pdv.common.ui;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the pages' live updates.
 *
 * @param liveQuietPeriod the least time between two pushes of one event to one topic's pages
 *                        ({@code pdv.ui.live-quiet-period})
 * @param liveHeartbeat   how often open event streams are probed, so a closed browser's is dropped
 *                        ({@code pdv.ui.live-heartbeat})
 */
@ConfigurationProperties("pdv.ui")
public record UiProperties(@DefaultValue("500ms") Duration liveQuietPeriod, @DefaultValue("20s") Duration liveHeartbeat) {
}
