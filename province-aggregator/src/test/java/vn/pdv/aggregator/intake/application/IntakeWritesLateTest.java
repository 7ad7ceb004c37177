package vn.pdv.aggregator.intake.application;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationEventPublisher;
import vn.pdv.aggregator.candidate.Candidates;
import vn.pdv.aggregator.finding.Findings;
import vn.pdv.aggregator.fulfilment.Tallies;
import vn.pdv.aggregator.hierarchy.Hierarchy;
import vn.pdv.aggregator.hierarchy.Origin;
import vn.pdv.aggregator.hierarchy.Unit;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.hierarchy.UnitKind;
import vn.pdv.aggregator.hierarchy.UnitTree;
import vn.pdv.aggregator.intake.Effect;
import vn.pdv.aggregator.intake.LogProgress;
import vn.pdv.aggregator.intake.Logs;
import vn.pdv.aggregator.intake.Received;
import vn.pdv.aggregator.quota.Metric;
import vn.pdv.aggregator.quota.Period;
import vn.pdv.aggregator.quota.PlanReference;
import vn.pdv.aggregator.quota.Quota;
import vn.pdv.aggregator.quota.Quotas;

/**
 * A registration or quota at or below its log's progress before the batch (kept waiting for its unit when it first
 * came, taken in now) is written late, where every instance finds it; the batch's new ones are written in order.
 */
class IntakeWritesLateTest {

    private static final UnitCode PROVINCE = new UnitCode("T01");
    private static final UnitCode DISTRICT = new UnitCode("T01-H01");
    private static final Instant NOW = Instant.parse("2026-01-05T03:00:00Z");

    private final Hierarchy hierarchy = mock(Hierarchy.class);
    private final Quotas quotas = mock(Quotas.class);
    private final Logs logs = mock(Logs.class);
    private final Intake intake = new Intake(hierarchy, mock(Tallies.class), mock(Findings.class),
            mock(Candidates.class), quotas, logs, mock(ApplicationEventPublisher.class));

    @Test
    void writesWhatItsLogsProgressPassedLateAndTheRestInOrder() {
        LocalDate first = LocalDate.of(2020, 1, 1);
        when(hierarchy.tree()).thenReturn(UnitTree.of(List.of(
                new Unit(PROVINCE, "Tỉnh ủy", UnitKind.PROVINCE_COMMITTEE, null, first),
                new Unit(DISTRICT, "Huyện ủy", UnitKind.DISTRICT_COMMITTEE, PROVINCE, first)), List.of()));
        when(logs.of(any())).thenReturn(List.of(new LogProgress(PROVINCE.value(), 20, NOW, NOW, List.of())));
        Received waited = assigned(8, 33);
        Received fresh = assigned(21, 35);

        intake.apply(List.of(waited, fresh));

        verify(quotas).assignAllLate(List.of(new Quotas.Assigned(waited.origin(), quota(waited))));
        verify(quotas).assignAll(List.of(new Quotas.Assigned(fresh.origin(), quota(fresh))));
    }

    private static Received assigned(long sequence, int total) {
        Quota quota = Quota.stated(DISTRICT, PROVINCE, new PlanReference(sequence + "-KH/TU", Optional.empty(),
                Optional.empty()), Period.year(2026), Metric.ADMISSIONS, total, Map.of());
        return new Received(new Origin(PROVINCE, sequence), NOW, NOW, new Effect.Assignment(quota));
    }

    private static Quota quota(Received event) {
        return ((Effect.Assignment) event.effect()).quota();
    }
}
