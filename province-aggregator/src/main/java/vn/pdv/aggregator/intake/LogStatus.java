package vn.pdv.aggregator.intake;

import java.time.Instant;
import java.util.List;

/**
 * What the aggregator knows of one committee's reporting: whether it speaks, how far its log got, what is missing.
 * A committee that never sent anything has sequence 0 and no timestamps.
 */
public record LogStatus(String log, Activity activity, long lastSequence, Instant lastRecordedAt,
                        Instant lastReceivedAt, List<LogProgress.Gap> gaps) {

    public enum Activity {
        /** Sent something within the quiet period. */
        ACTIVE,
        /** Sent nothing for longer than the quiet period ({@code pdv.aggregator.quiet-after}). */
        QUIET,
        /** Registered as a committee that keeps a log, but not one event of that log has arrived. */
        NEVER_SENT
    }
}
