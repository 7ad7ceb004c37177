package vn.pdv.unit.outbox.application;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the relay delivers the log ({@code pdv.relay.*}); the defaults are given here and nowhere else.
 *
 * @param batchSize events read from the log in one query and handed to the broker together, under one Ed25519
 *                  signature: the JDK's costs ~0.5-1 ms here, so a backlog is signed for ≤ 1 µs per event (when the
 *                  log is quiet, batches are small and so is the rate)
 * @param batchesInFlight batches handed to the broker and not yet acknowledged, at most
 * @param idlePoll how long the relay waits for news of an append before looking at the log again
 * @param maxBackoff the longest pause between attempts while the broker or registry is unreachable
 */
@ConfigurationProperties("pdv.relay")
public record RelayProperties(@DefaultValue("1000") int batchSize,
                              @DefaultValue("8") int batchesInFlight,
                              @DefaultValue("1s") Duration idlePoll,
                              @DefaultValue("30s") Duration maxBackoff) {
}
