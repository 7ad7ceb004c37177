package vn.pdv.unit.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.pdv.unit.organisation.UnitCode;

class LogAppenderTest {

    private static final UnitCode COMMITTEE = new UnitCode("DUK-01");

    private final InMemoryLog log = new InMemoryLog();
    private final LogAppender appender = new LogAppender(log, COMMITTEE, Clock.systemUTC());

    @AfterEach
    void close() {
        appender.close();
    }

    @Test
    void numbersConcurrentStepsWithoutGapsAndKeepsEachStepsEventsTogetherInOrder() throws InterruptedException {
        List<Thread> steps = IntStream.range(0, 32).mapToObj(step -> Thread.ofVirtual().start(() -> {
            List<LoggedEvent> logged = appender.append(List.of(new Step(step, 1), new Step(step, 2)));
            assertThat(logged.get(1).sequence()).isEqualTo(logged.get(0).sequence() + 1);
        })).toList();
        for (Thread step : steps) {
            step.join();
        }

        assertThat(log.sequences()).containsExactlyElementsOf(IntStream.rangeClosed(1, 64).mapToObj(Long::valueOf).toList());
    }

    @Test
    void aFailureStopsTheBatchWhereItHappenedSoThatTheLogKeepsNoGap() {
        appender.append(List.of(new Step(1, 1)));
        log.failAtSequence = 3;

        assertThatThrownBy(() -> appender.append(List.of(new Step(2, 1), new Step(2, 2))))
                .isInstanceOfSatisfying(LogAppender.NotAllAppended.class, failure -> assertThat(failure.appended()).isEqualTo(1));
        log.failAtSequence = 0;
        appender.append(List.of(new Step(3, 1)));

        assertThat(log.sequences()).containsExactly(1L, 2L, 3L);
    }

    @Test
    void aPlaceTakenByAnotherWriterIsSkippedAndTheStepNumberedAfterIt() {
        appender.append(List.of(new Step(1, 1)));
        log.takenByAnotherWriter(2);

        List<LoggedEvent> logged = appender.append(List.of(new Step(2, 1)));

        assertThat(logged.getFirst().sequence()).isEqualTo(3);
        assertThat(log.sequences()).containsExactly(1L, 2L, 3L);
    }

    private record Step(int step, int event) implements UnitEvent {

        @Override
        public LocalDate occurredOn() {
            return LocalDate.of(2024, 5, 1);
        }
    }

    /** Ordered writes as MongoDB does them: stop at the first place taken or at the failure asked for. */
    private static final class InMemoryLog implements EventLog {

        private final ConcurrentMap<Long, LoggedEvent> places = new ConcurrentHashMap<>();
        volatile long failAtSequence;

        void takenByAnotherWriter(long sequence) {
            places.put(sequence, new LoggedEvent(EventId.random(), COMMITTEE, sequence, null, null, null));
        }

        List<Long> sequences() {
            return places.keySet().stream().sorted().toList();
        }

        @Override
        public int append(List<LoggedEvent> events) {
            for (int i = 0; i < events.size(); i++) {
                LoggedEvent event = events.get(i);
                if (event.sequence() == failAtSequence) {
                    throw new IllegalStateException("connection lost");
                }
                if (places.putIfAbsent(event.sequence(), event) != null) {
                    return i;
                }
            }
            return events.size();
        }

        @Override
        public long lastSequence(UnitCode unit) {
            return places.keySet().stream().mapToLong(Long::longValue).max().orElse(0);
        }

        @Override
        public List<LoggedEvent> between(UnitCode unit, long first, long last) {
            List<LoggedEvent> found = new ArrayList<>();
            for (long sequence = first; sequence <= last && places.containsKey(sequence); sequence++) {
                found.add(places.get(sequence));
            }
            return found;
        }

        @Override
        public Optional<LoggedEvent> at(UnitCode unit, long sequence) {
            return Optional.ofNullable(places.get(sequence));
        }
    }
}
