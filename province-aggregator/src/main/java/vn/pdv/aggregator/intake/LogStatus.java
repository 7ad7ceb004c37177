package vn.pdv.aggregator.intake;

import java.time.Instant;
import java.util.List;

/**
 * What the aggregator knows of one committee's reporting: whether it speaks, how far its log got, what is missing.
 * A committee that never sent anything has sequence 0 and no timestamps.
 *
 * @param waiting the events received but not applied yet, each waiting for a unit no log has registered yet
 *                ({@link Waiting}): counted in {@code lastSequence}, not in the figures
 */
public record LogStatus(String log, Activity activity, long lastSequence, Instant lastRecordedAt,
                        Instant lastReceivedAt, List<LogProgress.Gap> gaps, List<WaitingEvent> waiting) {

    public LogStatus {
        gaps = List.copyOf(gaps);
        waiting = List.copyOf(waiting);
    }

    /** An event of the log kept until {@code waitingFor} is registered. */
    public record WaitingEvent(long sequence, String waitingFor) {
    }

    public enum Activity {
        /** Sent something within the quiet period. */
        ACTIVE,
        /** Sent nothing for longer than the quiet period ({@code pdv.aggregator.quiet-after}). */
        QUIET,
        /** Registered as a committee that keeps a log, but not one event of that log has arrived. */
        NEVER_SENT
    }
}
