package vn.pdv.aggregator.alert.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.SimpleTriggerContext;

/** The schedule is what the settings say: checks every {@code checkEvery}, digests on {@code digestCron}, in Vietnam. */
class AlertScheduleTest {

    private static final Clock VIETNAM = Clock.fixed(Instant.parse("2025-06-29T05:00:00Z"),
            ZoneId.of("Asia/Ho_Chi_Minh"));

    @Test
    void checksEveryCheckEveryAfterWaitingAsLongAndSendsDigestsOnTheCronInTheClocksZone() {
        ScheduledTaskRegistrar tasks = scheduled(settings(Duration.ofMinutes(7), "0 0 7 * * MON"));

        assertThat(tasks.getFixedDelayTaskList()).singleElement().satisfies(check -> {
            assertThat(check.getIntervalDuration()).isEqualTo(Duration.ofMinutes(7));
            assertThat(check.getInitialDelayDuration()).isEqualTo(Duration.ofMinutes(7));
        });
        // Sunday noon in Vietnam: the next digest is Monday 07:00 there, midnight in UTC.
        assertThat(tasks.getCronTaskList()).singleElement().satisfies(digest ->
                assertThat(digest.getTrigger().nextExecution(new SimpleTriggerContext(VIETNAM)))
                        .isEqualTo(Instant.parse("2025-06-30T00:00:00Z")));
    }

    @Test
    void aDashMeansNoDigests() {
        assertThat(scheduled(settings(Duration.ofMinutes(1), "-")).getCronTaskList()).isEmpty();
    }

    private static ScheduledTaskRegistrar scheduled(AlertProperties settings) {
        ScheduledTaskRegistrar tasks = new ScheduledTaskRegistrar();
        new AlertSchedule(mock(AlertWatcher.class), mock(DigestSender.class), settings, VIETNAM).configureTasks(tasks);
        return tasks;
    }

    private static AlertProperties settings(Duration checkEvery, String digestCron) {
        return new AlertProperties(checkEvery, digestCron, "pdv-alerts@localhost", Duration.ofSeconds(5), 5,
                Duration.ofSeconds(30), Duration.ofMinutes(30), Duration.ofMinutes(2), 100);
    }
}
