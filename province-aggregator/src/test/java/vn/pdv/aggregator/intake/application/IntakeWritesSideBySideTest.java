package vn.pdv.aggregator.intake.application;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationEventPublisher;
import vn.pdv.aggregator.candidate.Candidates;
import vn.pdv.aggregator.finding.Findings;
import vn.pdv.aggregator.fulfilment.Counter;
import vn.pdv.aggregator.fulfilment.Stage;
import vn.pdv.aggregator.fulfilment.Tallies;
import vn.pdv.aggregator.hierarchy.Hierarchy;
import vn.pdv.aggregator.hierarchy.Origin;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.intake.Effect;
import vn.pdv.aggregator.intake.Logs;
import vn.pdv.aggregator.intake.Received;
import vn.pdv.aggregator.quota.Metric;
import vn.pdv.aggregator.quota.Quotas;

/**
 * A batch's tallies are written on a second thread while the candidates are, and the logs' progress is noted only
 * once both are written: a failure on either side fails the batch, to be delivered again, with nothing noted.
 */
class IntakeWritesSideBySideTest {

    private final Candidates candidates = mock(Candidates.class);
    private final Tallies tallies = mock(Tallies.class);
    private final Logs logs = mock(Logs.class);
    private final Intake intake = new Intake(mock(Hierarchy.class), tallies, mock(Findings.class), candidates,
            mock(Quotas.class), logs, mock(ApplicationEventPublisher.class));
    private final List<Received> batch = List.of(new Received(new Origin(new UnitCode("DUK-01"), 7),
            Instant.parse("2024-05-19T03:00:00Z"), Instant.parse("2024-05-19T03:00:01Z"),
            new Effect.Step("c-1", new UnitCode("DUK-01-KN"), Stage.ADMISSION_DECIDED, LocalDate.of(2024, 5, 19),
                    Map.of(Metric.ADMISSIONS, Set.of(Counter.TOTAL)), List.of(), Map.of())));

    @Test
    void writesTheTalliesWhileTheCandidatesAreWrittenAndNotesTheLogAfterBoth() {
        // Each side waits for the other to have begun: one after the other, in either order, the first would time out.
        CyclicBarrier bothWriting = new CyclicBarrier(2);
        doAnswer(call -> bothWriting.await(30, TimeUnit.SECONDS)).when(tallies).add(any());
        doAnswer(call -> bothWriting.await(30, TimeUnit.SECONDS)).when(candidates).move(any());

        intake.apply(batch);

        verify(logs).received(batch);
    }

    @Test
    void aFailureWritingTheTalliesFailsTheBatchWithNothingNoted() {
        IllegalStateException down = new IllegalStateException("tallies: MongoDB unreachable");
        doThrow(down).when(tallies).add(any());

        assertThatThrownBy(() -> intake.apply(batch)).isSameAs(down);
        verify(candidates).move(any());
        verify(logs, never()).received(any());
    }

    @Test
    void whenBothSidesFailTheCandidatesFailureIsThrownWithTheTalliesOnesSuppressed() {
        IllegalStateException candidatesDown = new IllegalStateException("candidates: MongoDB unreachable");
        IllegalStateException talliesDown = new IllegalStateException("tallies: MongoDB unreachable");
        doThrow(candidatesDown).when(candidates).move(any());
        doThrow(talliesDown).when(tallies).add(any());

        assertThatThrownBy(() -> intake.apply(batch)).isSameAs(candidatesDown).hasSuppressedException(talliesDown);
        verify(logs, never()).received(any());
    }
}
