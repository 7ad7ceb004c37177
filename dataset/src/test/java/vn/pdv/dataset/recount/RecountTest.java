package vn.pdv.dataset.recount;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.pdv.dataset.Entry;
import vn.pdv.dataset.kafka.TopicWriter;
import vn.pdv.dataset.organisation.HierarchyChange;
import vn.pdv.dataset.organisation.UnitCode;
import vn.pdv.dataset.organisation.UnitKind;
import vn.pdv.dataset.pipeline.Contract;
import vn.pdv.dataset.quota.Metric;
import vn.pdv.dataset.quota.Period;
import vn.pdv.dataset.quota.QuotaAssigned;
import vn.pdv.dataset.recount.Recount.Count;
import vn.pdv.stack.TestStack;

/**
 * The recount against figures worked out by hand, on a few logs written by hand and sent through the real broker
 * and registry: a district H with communes X1 (branch B1) and X2 (branch B2) and a school G; a bloc K with branch
 * KB. On 1 July 2025 X1 and X2 merge into the new commune C, G moves under C, H closes. Six candidates:
 *
 * <pre>
 * c4 at KB: source 2024-02-05 … admitted 2025-02-03 (female, youth union)
 * c6 at G:  source 2024-06-03, sympathiser 2024-07-01, off the list 2024-09-09
 * c1 at B1: source 2024-11-20, sympathiser 2025-01-15 … decided by H 2025-06-20, admitted 2025-07-25 (C's log)
 * c2 at B2: source 2025-03-10, withdrawn 2025-09-01 (C's log)
 * c3 at G:  source 2025-05-05, sympathiser 2025-08-01 (C's log)
 * c5 at B1: source 2026-02-10 (C's log)
 * </pre>
 */
class RecountTest {

    private static final LocalDate JAN_2024 = LocalDate.of(2024, 1, 1);
    private static final LocalDate REORGANISATION = LocalDate.of(2025, 7, 1);

    private static HandWrittenLogs logs;
    private static Recount recount;

    @BeforeAll
    static void sendTheLogsAndRecount() {
        logs = new HandWrittenLogs("HC" + UUID.randomUUID().toString().substring(0, 6).toUpperCase());
        logs.unit("", "", UnitKind.PROVINCE_COMMITTEE, null, JAN_2024)
                .unit("H", "H", UnitKind.DISTRICT_COMMITTEE, "", JAN_2024)
                .unit("H", "X1", UnitKind.GRASSROOTS_COMMITTEE, "H", JAN_2024)
                .unit("H", "X2", UnitKind.GRASSROOTS_COMMITTEE, "H", JAN_2024)
                .unit("H", "B1", UnitKind.SUBORDINATE_BRANCH, "X1", JAN_2024)
                .unit("H", "B2", UnitKind.SUBORDINATE_BRANCH, "X2", JAN_2024)
                .unit("H", "G", UnitKind.GRASSROOTS_BRANCH, "H", JAN_2024)
                .unit("K", "K", UnitKind.BLOC_COMMITTEE, "", JAN_2024)
                .unit("K", "KB", UnitKind.GRASSROOTS_BRANCH, "K", JAN_2024);
        var c4 = logs.candidate("KB", true, true).source("K", day("2024-02-05")).sympathiser("K", day("2024-04-01"))
                .certified("K", day("2024-06-03")).verified("K", day("2024-08-05")).introduced("K", day("2024-09-02"))
                .voted("K", day("2024-10-07")).proposed("K", day("2024-10-14")).decided("K", day("2024-12-20"));
        logs.candidate("G", false, false).source("H", day("2024-06-03")).sympathiser("H", day("2024-07-01"))
                .removed("H", day("2024-09-09"));
        var c1 = logs.candidate("B1", false, true).source("H", day("2024-11-20"));
        c4.admitted("K", day("2025-02-03"));
        c1.sympathiser("H", day("2025-01-15")).certified("H", day("2025-03-03"));
        var c2 = logs.candidate("B2", true, false).source("H", day("2025-03-10"));
        c1.verified("H", day("2025-04-10"));
        var c3 = logs.candidate("G", false, true).source("H", day("2025-05-05"));
        c1.introduced("H", day("2025-05-02")).voted("H", day("2025-05-20")).proposed("H", day("2025-05-27"))
                .decided("H", day("2025-06-20"));
        logs.unit("C", "C", UnitKind.DISTRICT_COMMITTEE, "", REORGANISATION)
                .unit("C", "G", UnitKind.GRASSROOTS_BRANCH, "C", REORGANISATION)
                .unit("C", "B1", UnitKind.SUBORDINATE_BRANCH, "C", REORGANISATION)
                .unit("C", "B2", UnitKind.SUBORDINATE_BRANCH, "C", REORGANISATION);
        c1.admitted("C", day("2025-07-25"));
        c3.sympathiser("C", day("2025-08-01"));
        c2.exited("C", day("2025-09-01"), Contract.ExitReason.WITHDRAWN_FROM_SOURCES, Contract.Stage.SOURCE);
        logs.candidate("B1", false, true).source("C", day("2026-02-10"));

        List<Entry> sent = new ArrayList<>(logs.entries());
        sent.add(quota(5));
        sent.add(quota(6));
        // A relay's resend: the same event again, same sequence; it must count once.
        sent.add(sent.stream().filter(entry -> entry.fact() instanceof vn.pdv.dataset.pipeline.Step.SourceCreated)
                .findFirst().orElseThrow());
        try (TopicWriter writer = new TopicWriter(TestStack.kafkaBootstrapServers(), TestStack.schemaRegistryUrl())) {
            writer.ensureTopic();
            writer.write(sent.iterator());
        }
        List<HierarchyChange> changes = List.of(
                new HierarchyChange.Merge(List.of(code("X1"), code("X2")), code("C"), REORGANISATION, "Đơn vị C",
                        UnitKind.DISTRICT_COMMITTEE, code("")),
                new HierarchyChange.Close(code("H"), REORGANISATION));
        recount = Recount.fromTopic(TestStack.kafkaBootstrapServers(), TestStack.schemaRegistryUrl(),
                key -> key.equals(logs.code("")) || key.startsWith(logs.code("") + "-"), changes);
    }

    @Test
    void countsSourcesForEveryUnitAboveTheBranchOnTheDayAndForTheCommuneItsMergedCommunesDaysBeforeTheMerge() {
        assertThat(sources("", 2024)).isEqualTo(3);
        assertThat(sources("H", 2024)).isEqualTo(2);
        assertThat(sources("K", 2024)).isEqualTo(1);
        assertThat(sources("X1", 2024)).isEqualTo(1);
        // C did not exist in 2024, but X1, merged into it, found c1 then.
        assertThat(sources("C", 2024)).isEqualTo(1);

        assertThat(sources("", 2025)).isEqualTo(2);
        assertThat(sources("H", 2025)).isEqualTo(2);
        assertThat(sources("X2", 2025)).isEqualTo(1);
        // c2 through X2; not c3, found at G while G was the district's.
        assertThat(sources("C", 2025)).isEqualTo(1);

        assertThat(sources("", 2026)).isEqualTo(1);
        assertThat(sources("C", 2026)).isEqualTo(1);
        assertThat(sources("H", 2026)).isZero();
    }

    @Test
    void countsAdmissionsOnTheCeremonysDayWithTheirAttributes() {
        Recount.Figures province = recount.figures(logs.code(""), day("2025-01-01"), day("2026-01-01"));
        assertThat(province.get(Count.ADMISSIONS)).isEqualTo(2);
        assertThat(province.admittedYouth()).isEqualTo(2);
        assertThat(province.admittedFemale()).isEqualTo(1);
        assertThat(province.admittedTrade()).isZero();
        assertThat(admissions("C", "2025-01-01", "2026-01-01")).isEqualTo(1);
        assertThat(admissions("K", "2025-01-01", "2026-01-01")).isEqualTo(1);
        assertThat(admissions("H", "2025-01-01", "2026-01-01")).isZero();
        assertThat(admissions("", "2025-01-01", "2025-04-01")).isEqualTo(1);
        assertThat(admissions("", "2025-07-01", "2025-10-01")).isEqualTo(1);
        assertThat(admissions("C", "2025-07-01", "2025-10-01")).isEqualTo(1);
        assertThat(admissions("", "2024-01-01", "2025-01-01")).isZero();
    }

    @Test
    void countsRemovalsFromTheListAsExitsAndSympathisersWhereTheyHappened() {
        Recount.Figures district2024 = recount.figures(logs.code("H"), day("2024-01-01"), day("2025-01-01"));
        assertThat(district2024.get(Count.SYMPATHISERS_REMOVED)).isEqualTo(1);
        assertThat(district2024.get(Count.EXITS)).isEqualTo(1);
        assertThat(recount.figures(logs.code("G"), day("2024-01-01"), day("2025-01-01")).get(Count.EXITS)).isEqualTo(1);
        assertThat(recount.figures(logs.code(""), day("2025-01-01"), day("2026-01-01")).get(Count.EXITS)).isEqualTo(1);
        assertThat(recount.figures(logs.code("C"), day("2025-01-01"), day("2026-01-01")).get(Count.EXITS)).isEqualTo(1);
        assertThat(recount.figures(logs.code("H"), day("2025-01-01"), day("2026-01-01")).get(Count.EXITS)).isZero();

        assertThat(recount.figures(logs.code(""), day("2024-01-01"), day("2025-01-01")).get(Count.SYMPATHISERS_ADDED))
                .isEqualTo(2);
        assertThat(recount.figures(logs.code(""), day("2025-01-01"), day("2026-01-01")).get(Count.SYMPATHISERS_ADDED))
                .isEqualTo(2);
        assertThat(recount.figures(logs.code("H"), day("2025-01-01"), day("2026-01-01")).get(Count.SYMPATHISERS_ADDED))
                .isEqualTo(1);
        assertThat(recount.figures(logs.code("C"), day("2025-01-01"), day("2026-01-01")).get(Count.SYMPATHISERS_ADDED))
                .isEqualTo(2);
    }

    @Test
    void countsTheStockByEachCandidatesFurthestStageInTheSubtreeOfToday() {
        LocalDate today = day("2026-12-05");
        assertThat(nonZero(recount.stock(logs.code(""), today))).isEqualTo(Map.of("SOURCE", 1L, "SYMPATHISER", 1L,
                "PROBATIONARY_MEMBER", 2L, "EXITED", 2L));
        assertThat(nonZero(recount.stock(logs.code("C"), today))).isEqualTo(Map.of("SOURCE", 1L, "SYMPATHISER", 1L,
                "PROBATIONARY_MEMBER", 1L, "EXITED", 2L));
        assertThat(nonZero(recount.stock(logs.code("K"), today))).isEqualTo(Map.of("PROBATIONARY_MEMBER", 1L));
    }

    @Test
    void takesEachLogOnceInSequenceAndTheLatestQuota() {
        assertThat(recount.gaps()).isEmpty();
        assertThat(recount.lastSequences()).containsEntry(logs.code("H"), 19L).containsEntry(logs.code("C"), 8L)
                .containsEntry(logs.code(""), 3L);
        assertThat(recount.quota(logs.code("C"), "2025", "ADMISSIONS")).isEqualTo(6);
        assertThat(recount.quota(logs.code("C"), "2026", "ADMISSIONS")).isNull();
    }

    private static long sources(String unit, int year) {
        return recount.figures(logs.code(unit), LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1))
                .get(Count.SOURCES);
    }

    private static long admissions(String unit, String from, String until) {
        return recount.figures(logs.code(unit), day(from), day(until)).get(Count.ADMISSIONS);
    }

    private static Map<String, Long> nonZero(Map<String, Long> stock) {
        Map<String, Long> nonZero = new java.util.TreeMap<>();
        stock.forEach((stage, count) -> {
            if (count != 0) {
                nonZero.put(stage, count);
            }
        });
        return nonZero;
    }

    private static Entry quota(int target) {
        QuotaAssigned quota = new QuotaAssigned(code(""), code("C"), "1-KH/TU", REORGANISATION, Period.year(2025),
                Metric.ADMISSIONS, target, Map.of());
        long sequence = logs.entries().stream().filter(entry -> entry.log().equals(code(""))).count()
                + (target - 4);
        return new Entry(code(""), sequence, new vn.pdv.dataset.EventId(UUID.randomUUID().toString()),
                REORGANISATION.atStartOfDay(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toInstant(),
                java.time.Instant.parse("2025-07-01T01:00:00Z").plusSeconds(target), quota);
    }

    private static UnitCode code(String local) {
        return new UnitCode(logs.code(local));
    }

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }
}
