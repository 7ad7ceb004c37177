package vn.pdv.dataset;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import vn.pdv.dataset.pipeline.Step;

/**
 * The most candidates' steps any one committee's staff recorded in a day and in an hour (Vietnam's clock, by when
 * they were recorded): what a committee's unit service is asked to take at its busiest. Fed the entries as they are
 * written, logs interleaved; it relies on each log's entries coming in the order they were recorded, so it keeps one
 * running count per log, not a count per log and day.
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

    /** @throws IllegalArgumentException for a step recorded before the one its log gave last */
    public void add(Entry entry) {
        if (!(entry.fact() instanceof Step)) {
            return;
        }
        String log = entry.log().value();
        LocalDateTime recorded = LocalDateTime.ofInstant(entry.recordedAt(), ProvinceLogs.VIETNAM);
        Running day = days.computeIfAbsent(log, Running::new);
        if (day.count(recorded.truncatedTo(ChronoUnit.DAYS)) > busiestDay.steps()) {
            busiestDay = day.peak();
        }
        Running hour = hours.computeIfAbsent(log, Running::new);
        if (hour.count(recorded.truncatedTo(ChronoUnit.HOURS)) > busiestHour.steps()) {
            busiestHour = hour.peak();
        }
    }

    public Peak day() {
        return busiestDay;
    }

    public Peak hour() {
        return busiestHour;
    }

    /** One log's count in its current day or hour. */
    private static final class Running {

        private final String log;
        private LocalDateTime from;
        private long steps;

        Running(String log) {
            this.log = log;
        }

        /** Counts a step in {@code period}, the same as the last one's or later, and answers the period's count. */
        long count(LocalDateTime period) {
            if (from != null && period.isBefore(from)) {
                throw new IllegalArgumentException("A step of " + log + " recorded in " + period + " after one in "
                        + from + ": a log's entries must come in the order they were recorded");
            }
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
