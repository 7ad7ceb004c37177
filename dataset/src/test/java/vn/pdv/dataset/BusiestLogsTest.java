package vn.pdv.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.pdv.dataset.pipeline.Step;

class BusiestLogsTest {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Test
    void findsTheMostStepsOneLogRecordedInADayAndInAnHourAsCountingEveryLogAndPeriodApartWould() {
        List<Entry> entries = smallProvince();
        BusiestLogs busiest = new BusiestLogs();

        entries.forEach(busiest::add);

        Map<String, LocalDate> firstDays = new HashMap<>();
        Map<String, Long> perDay = new HashMap<>();
        Map<String, Long> perHour = new HashMap<>();
        Map<String, Long> perOrdinaryDay = new HashMap<>();
        Map<String, Long> perOrdinaryHour = new HashMap<>();
        for (Entry entry : entries) {
            if (entry.fact() instanceof Step) {
                String log = entry.log().value();
                LocalDateTime recorded = LocalDateTime.ofInstant(entry.recordedAt(), VIETNAM);
                String day = log + " " + recorded.toLocalDate().atStartOfDay();
                String hour = log + " " + recorded.truncatedTo(ChronoUnit.HOURS);
                perDay.merge(day, 1L, Long::sum);
                perHour.merge(hour, 1L, Long::sum);
                if (!firstDays.computeIfAbsent(log, first -> recorded.toLocalDate()).equals(recorded.toLocalDate())) {
                    perOrdinaryDay.merge(day, 1L, Long::sum);
                    perOrdinaryHour.merge(hour, 1L, Long::sum);
                }
            }
        }
        assertBusiest(busiest.day(), perDay);
        assertBusiest(busiest.hour(), perHour);
        assertBusiest(busiest.ordinaryDay(), perOrdinaryDay);
        assertBusiest(busiest.ordinaryHour(), perOrdinaryHour);
        assertThat(busiest.ordinaryDay().from().toLocalDate()).isNotEqualTo(firstDays.get(busiest.ordinaryDay().log()));
        assertThat(busiest.ordinaryHour().steps()).isGreaterThan(1).isLessThan(busiest.hour().steps());
    }

    @Test
    void aStepSentAgainIsNotCountedTwice() {
        List<Entry> entries = smallProvince();
        BusiestLogs once = new BusiestLogs();
        entries.forEach(once::add);
        BusiestLogs.Peak hour = once.hour();
        Entry inTheBusiestHour = entries.stream().filter(entry -> entry.fact() instanceof Step
                && entry.log().value().equals(hour.log())
                && LocalDateTime.ofInstant(entry.recordedAt(), VIETNAM).truncatedTo(ChronoUnit.HOURS)
                .equals(hour.from())).findFirst().orElseThrow();
        BusiestLogs withAResend = new BusiestLogs();
        List<Entry> resent = new ArrayList<>(entries);
        resent.add(resent.indexOf(inTheBusiestHour) + 1, inTheBusiestHour);

        resent.forEach(withAResend::add);

        assertThat(withAResend.hour()).isEqualTo(hour);
        assertThat(withAResend.day()).isEqualTo(once.day());
        assertThat(withAResend.ordinaryHour()).isEqualTo(once.ordinaryHour());
    }

    private static List<Entry> smallProvince() {
        List<Entry> entries = new ArrayList<>();
        DataSet.province("S01", Shape.small(), 3).entries().forEachRemaining(entries::add);
        return entries;
    }

    /** The peak is the largest of the counts, and the count of the period it names. */
    private static void assertBusiest(BusiestLogs.Peak peak, Map<String, Long> counts) {
        assertThat(peak.steps()).isEqualTo(counts.values().stream().mapToLong(Long::longValue).max().orElseThrow())
                .isEqualTo(counts.get(peak.log() + " " + peak.from()));
    }
}
