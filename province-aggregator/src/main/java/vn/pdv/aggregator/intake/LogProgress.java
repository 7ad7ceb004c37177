package vn.pdv.aggregator.intake;

import java.time.Instant;
import java.util.List;

/**
 * How far the aggregator got in one committee's log.
 *
 * @param lastRecordedAt when the committee recorded the latest event received
 * @param lastReceivedAt when the topic received the latest event (its record timestamp)
 * @param gaps           sequence ranges skipped over; each is an event the aggregator never received
 */
public record LogProgress(String log, long lastSequence, Instant lastRecordedAt, Instant lastReceivedAt,
                          List<Gap> gaps) {

    public LogProgress {
        gaps = List.copyOf(gaps);
    }

    public record Gap(long from, long to) {
    }
}
