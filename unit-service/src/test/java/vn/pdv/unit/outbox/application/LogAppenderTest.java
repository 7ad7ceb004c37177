package vn.pdv.unit.outbox.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.pdv.unit.organisation.UnitCode;
import vn.pdv.unit.organisation.UnitKind;
import vn.pdv.unit.organisation.UnitRegistered;
import vn.pdv.unit.outbox.LoggedEvent;
import vn.pdv.unit.outbox.UnitEvent;

class LogAppenderTest {

    private static final UnitCode COMMITTEE = new UnitCode("DUK-01");

    private final InMemoryEventLog log = new InMemoryEventLog(COMMITTEE);
    private final LogAppender appender = new LogAppender(log, COMMITTEE, Clock.systemUTC());

    @AfterEach
    void close() {
        appender.close();
    }

    @Test
    void numbersConcurrentStepsWithoutGapsAndKeepsEachStepsEventsTogetherInOrder() throws InterruptedException {
        List<Thread> steps = IntStream.range(0, 32).mapToObj(step -> Thread.ofVirtual().start(() -> {
            List<LoggedEvent> logged = appender.append(List.of(step(step, 1), step(step, 2)));
            assertThat(logged.get(1).sequence()).isEqualTo(logged.get(0).sequence() + 1);
        })).toList();
        for (Thread step : steps) {
            step.join();
        }

        assertThat(log.sequences()).containsExactlyElementsOf(IntStream.rangeClosed(1, 64).mapToObj(Long::valueOf).toList());
    }

    @Test
    void aFailureStopsTheBatchWhereItHappenedSoThatTheLogKeepsNoGap() {
        appender.append(List.of(step(1, 1)));
        log.failAtSequence = 3;

        assertThatThrownBy(() -> appender.append(List.of(step(2, 1), step(2, 2))))
                .isInstanceOfSatisfying(LogAppender.NotAllAppended.class, failure -> assertThat(failure.appended()).isEqualTo(1));
        log.failAtSequence = 0;
        appender.append(List.of(step(3, 1)));

        assertThat(log.sequences()).containsExactly(1L, 2L, 3L);
    }

    @Test
    void aPlaceTakenByAnotherWriterIsSkippedAndTheStepNumberedAfterIt() {
        appender.append(List.of(step(1, 1)));
        log.takenByAnotherWriter(2);

        List<LoggedEvent> logged = appender.append(List.of(step(2, 1)));

        assertThat(logged.getFirst().sequence()).isEqualTo(3);
        assertThat(log.sequences()).containsExactly(1L, 2L, 3L);
    }

    /** The {@code event}th event of the {@code step}th step: a branch registration, told apart by its code. */
    private static UnitEvent step(int step, int event) {
        return new UnitEvent.UnitChange(new UnitRegistered(new UnitCode("S" + step + "-" + event), "Chi bộ " + step,
                UnitKind.SUBORDINATE_BRANCH, COMMITTEE, LocalDate.of(2024, 5, 1)));
    }
}
