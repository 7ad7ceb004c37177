package vn.pdv.dataset;

import static org.assertj.core.api.Assertions.assertThat;

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
        List<Entry> entries = new ArrayList<>();
        DataSet.province("S01", Shape.small(), 3).entries().forEachRemaining(entries::add);
        BusiestLogs busiest = new BusiestLogs();

        entries.forEach(busiest::add);

        Map<String, Long> perLogAndDay = new HashMap<>();
        Map<String, Long> perLogAndHour = new HashMap<>();
        for (Entry entry : entries) {
            if (entry.fact() instanceof Step) {
                LocalDateTime recorded = LocalDateTime.ofInstant(entry.recordedAt(), VIETNAM);
                perLogAndDay.merge(entry.log().value() + " " + recorded.toLocalDate(), 1L, Long::sum);
                perLogAndHour.merge(entry.log().value() + " " + recorded.truncatedTo(ChronoUnit.HOURS), 1L, Long::sum);
            }
        }
        BusiestLogs.Peak day = busiest.day();
        BusiestLogs.Peak hour = busiest.hour();
        assertThat(day.steps()).isEqualTo(perLogAndDay.values().stream().mapToLong(Long::longValue).max().orElseThrow())
                .isEqualTo(perLogAndDay.get(day.log() + " " + day.from().toLocalDate()));
        assertThat(hour.steps()).isEqualTo(perLogAndHour.values().stream().mapToLong(Long::longValue).max()
                .orElseThrow()).isEqualTo(perLogAndHour.get(hour.log() + " " + hour.from()));
        assertThat(day.steps()).isGreaterThanOrEqualTo(hour.steps());
        assertThat(hour.steps()).isGreaterThan(1);
    }

    @Test
    void aStepSentAgainIsNotCountedTwice() {
        List<Entry> entries = new ArrayList<>();
        DataSet.province("S01", Shape.small(), 3).entries().forEachRemaining(entries::add);
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
    }
}
