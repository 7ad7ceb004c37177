package vn.pdv.common.time;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where "today" is: the Party's days are Vietnam's days, whatever zone the server runs in.
 *
 * @param zone the zone every day is asked in ({@code pdv.time.zone}, {@code PDV_TIME_ZONE})
 */
@ConfigurationProperties("pdv.time")
public record TimeProperties(@DefaultValue("Asia/Ho_Chi_Minh") ZoneId zone) {
}
