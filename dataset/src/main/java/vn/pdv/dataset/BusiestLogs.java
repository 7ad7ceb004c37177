package vn.pdv.dataset;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import vn.pdv.dataset.pipeline.Step;

/**
 * The most candidates' steps any one committee's staff recorded in a day and in an hour (Vietnam's clock, by when
 * they were recorded): what a committee's unit service is asked to take at its busiest. Twice over: on any day, and
 * after the log's first day, when a committee starting with PDV enters the steps of the candidates already on its
 * books (in the province data set, their steps since 2021 on 1 January 2024), a one-off; what follows is its staff's
 * ordinary work.
 *
 * <p>Fed the entries as they are written, logs interleaved. A log's entries come in the order of their sequence, which
 * is the order they were recorded in, so it keeps one running count per log rather than a count per log and day; an
 * entry whose sequence its log has given already (a relay's resend) is not counted again. It never refuses an entry:
 * it only counts.
 */
public final class BusiestLogs {

    /** A committee's log and the start of the day or hour in which it recorded {@code steps} steps. */
    public record Peak(String log, LocalDateTime from, long steps) {

        static final Peak NONE = new Peak("none", LocalDateTime.MIN, 0);

        @Override
        public String toString() {
            return "%,d in %s from %s".formatted(steps, log, from);
        }
    }

    private final Map<String, Log> logs = new HashMap<>();
    private Peak day = Peak.NONE;
    private Peak hour = Peak.NONE;
    private Peak ordinaryDay = Peak.NONE;
    private Peak ordinaryHour = Peak.NONE;

    public void add(Entry entry) {
        if (!(entry.fact() instanceof Step)) {
            return;
        }
        Log log = logs.computeIfAbsent(entry.log().value(), Log::new);
        if (entry.sequence() <= log.sequence) {
            return;
        }
        LocalDateTime recorded = LocalDateTime.ofInstant(entry.recordedAt(), ProvinceLogs.VIETNAM);
        log.count(entry.sequence(), recorded);
        boolean ordinary = !recorded.toLocalDate().equals(log.firstDay);
        // A peak is made only when one is passed: this runs for every event the data set writes.
        if (log.inDay > day.steps()) {
            day = log.day();
        }
        if (log.inHour > hour.steps()) {
            hour = log.hour();
        }
        if (ordinary && log.inDay > ordinaryDay.steps()) {
            ordinaryDay = log.day();
        }
        if (ordinary && log.inHour > ordinaryHour.steps()) {
            ordinaryHour = log.hour();
        }
    }

    /** The most steps one log recorded in a day, its first day included. */
    public Peak day() {
        return day;
    }

    /** … in an hour, its first day included. */
    public Peak hour() {
        return hour;
    }

    /** The most steps one log recorded in a day after its first day. */
    public Peak ordinaryDay() {
        return ordinaryDay;
    }

    /** … in an hour after its first day. */
    public Peak ordinaryHour() {
        return ordinaryHour;
    }

    /** The four peaks in words, as the data set's command and the benchmarks print them. */
    @Override
    public String toString() {
        return ("in a day %s, in an hour %s; after its first day (when its books were entered) in a day %s, in an hour "
                + "%s").formatted(day, hour, ordinaryDay, ordinaryHour);
    }

    /** One log's counts in the day and the hour of its latest step. */
    private static final class Log {

        private final String code;
        private long sequence;
        private LocalDate firstDay;
        private LocalDateTime dayFrom;
        private long inDay;
        private LocalDateTime hourFrom;
        private long inHour;

        Log(String code) {
            this.code = code;
        }

        void count(long next, LocalDateTime recorded) {
            sequence = next;
            if (firstDay == null) {
                firstDay = recorded.toLocalDate();
            }
            LocalDateTime day = recorded.truncatedTo(ChronoUnit.DAYS);
            inDay = day.equals(dayFrom) ? inDay + 1 : 1;
            dayFrom = day;
            LocalDateTime hour = recorded.truncatedTo(ChronoUnit.HOURS);
            inHour = hour.equals(hourFrom) ? inHour + 1 : 1;
            hourFrom = hour;
        }

        Peak day() {
            return new Peak(code, dayFrom, inDay);
        }

        Peak hour() {
            return new Peak(code, hourFrom, inHour);
        }
    }
}
