package vn.pdv.dataset;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import vn.pdv.dataset.pipeline.Step;

/**
 * The most candidates' steps any one committee's staff recorded in a day and in an hour (Vietnam's clock, by when
 * they were recorded): what a committee's unit service is asked to take at its busiest. Fed the entries as they are
 * written, logs interleaved. A log's entries come in the order of their sequence, which is the order they were
 * recorded in, so it keeps one running count per log rather than a count per log and day; an entry whose sequence its
 * log has given already (a relay's resend) is not counted again. It never refuses an entry: it only counts.
 */
public final class BusiestLogs {

    /** A committee's log and the start of the day or hour in which it recorded {@code steps} steps. */
    public record Peak(String log, LocalDateTime from, long steps) {

        @Override
        public String toString() {
            return "%,d in %s from %s".formatted(steps, log, from);
        }
    }

    private final Map<String, Running> days = new HashMap<>();
    private final Map<String, Running> hours = new HashMap<>();
    private Peak busiestDay = new Peak("none", LocalDateTime.MIN, 0);
    private Peak busiestHour = new Peak("none", LocalDateTime.MIN, 0);

    public void add(Entry entry) {
        if (!(entry.fact() instanceof Step)) {
            return;
        }
        String log = entry.log().value();
        LocalDateTime recorded = LocalDateTime.ofInstant(entry.recordedAt(), ProvinceLogs.VIETNAM);
        Running day = days.computeIfAbsent(log, Running::new);
        Running hour = hours.computeIfAbsent(log, Running::new);
        if (entry.sequence() <= day.sequence) {
            return;
        }
        if (day.count(entry.sequence(), recorded.truncatedTo(ChronoUnit.DAYS)) > busiestDay.steps()) {
            busiestDay = day.peak();
        }
        if (hour.count(entry.sequence(), recorded.truncatedTo(ChronoUnit.HOURS)) > busiestHour.steps()) {
            busiestHour = hour.peak();
        }
    }

    public Peak day() {
        return busiestDay;
    }

    public Peak hour() {
        return busiestHour;
    }

    /** One log's count in the day or hour of its latest step. */
    private static final class Running {

        private final String log;
        private long sequence;
        private LocalDateTime from;
        private long steps;

        Running(String log) {
            this.log = log;
        }

        /** Counts the log's next step, recorded in {@code period}, and answers the period's count so far. */
        long count(long sequence, LocalDateTime period) {
            this.sequence = sequence;
            if (!period.equals(from)) {
                from = period;
                steps = 0;
            }
            return ++steps;
        }

        Peak peak() {
            return new Peak(log, from, steps);
        }
    }
}
