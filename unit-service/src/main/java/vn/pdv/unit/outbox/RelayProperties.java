package vn.pdv.unit.outbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param batchSize events read from the log and sent before waiting for acknowledgements
 * @param idlePoll how long the relay waits for a new event before looking at the log again
 * @param maxBackoff the longest pause between attempts while the broker or registry is unreachable
 */
@ConfigurationProperties("pdv.relay")
public record RelayProperties(@DefaultValue("500") int batchSize,
                              @DefaultValue("1s") Duration idlePoll,
                              @DefaultValue("30s") Duration maxBackoff) {
}
