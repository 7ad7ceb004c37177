package vn.pdv.aggregator.intake;

import java.time.Instant;
import java.util.List;

/**
 * What the aggregator has seen of one committee's log: how far it got, what is missing, when it last spoke.
 *
 * @param gaps sequence ranges skipped over; each is an event the aggregator never received
 */
public record LogStatus(String log, long lastSequence, Instant lastRecordedAt, Instant lastReceivedAt,
                        List<Gap> gaps) {

    public record Gap(long from, long to) {
    }
}
