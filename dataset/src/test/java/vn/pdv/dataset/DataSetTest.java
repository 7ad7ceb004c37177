package vn.pdv.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import vn.pdv.dataset.organisation.HierarchyChange;
import vn.pdv.dataset.organisation.Province;
import vn.pdv.dataset.organisation.Unit;
import vn.pdv.dataset.organisation.UnitCode;
import vn.pdv.dataset.organisation.UnitKind;
import vn.pdv.dataset.pipeline.Contract.ExitReason;
import vn.pdv.dataset.pipeline.Contract.Stage;
import vn.pdv.dataset.pipeline.Step;
import vn.pdv.dataset.quota.QuotaAssigned;

/** The generator on its own: shape, determinism, the logs' numbering, and the candidates' ways through the rules. */
class DataSetTest {

    private static final DataSet SMALL = DataSet.province("S01", Shape.small(), 3);

    @Test
    void theSameSeedGivesTheSameEventsIdsAndSequencesIncluded() {
        List<Entry> once = all(SMALL);
        assertThat(all(DataSet.province("S01", Shape.small(), 3))).isEqualTo(once);
        assertThat(all(DataSet.province("S01", Shape.small(), 4)).subList(0, 2_000))
                .isNotEqualTo(once.subList(0, 2_000));
    }

    @Test
    void aProvinceHasTheShapeOfAfterJuly2025AndTheDistrictsAndCommunesOfBefore() {
        Province province = Province.build("T01", Shape.province(), new SplittableRandom(1));
        Map<UnitKind, Integer> after = province.census(true);
        assertThat(after.get(UnitKind.DISTRICT_COMMITTEE)).as("communes").isEqualTo(100);
        assertThat(after.get(UnitKind.BLOC_COMMITTEE)).isEqualTo(3);
        assertThat(after.get(UnitKind.GRASSROOTS_COMMITTEE) + after.get(UnitKind.GRASSROOTS_BRANCH)).isEqualTo(1_600);
        assertThat(after.get(UnitKind.SUBORDINATE_BRANCH)).isEqualTo(8_000);
        Map<UnitKind, Integer> before = province.census(false);
        assertThat(before.get(UnitKind.DISTRICT_COMMITTEE)).isEqualTo(10);
        assertThat(before.get(UnitKind.GRASSROOTS_COMMITTEE) + before.get(UnitKind.GRASSROOTS_BRANCH))
                .as("the old communes besides the organisations").isEqualTo(1_900);
        List<HierarchyChange.Merge> merges = province.changes().stream()
                .filter(HierarchyChange.Merge.class::isInstance).map(HierarchyChange.Merge.class::cast).toList();
        assertThat(merges).hasSize(100);
        assertThat(merges.stream().mapToInt(merge -> merge.units().size()).sum()).isEqualTo(300);
        assertThat(merges.stream().mapToInt(merge -> merge.units().size()).max().orElseThrow()).isGreaterThan(3);
        assertThat(province.changes().stream().filter(HierarchyChange.Close.class::isInstance)).hasSize(10);
        assertThat(province.moved()).hasSizeBetween(60, 200);
    }

    @Test
    void everyLogIsNumberedFromOneWithoutGapsInTheOrderItWasRecorded() {
        Map<String, Entry> last = new HashMap<>();
        for (Entry entry : all(SMALL)) {
            Entry before = last.put(entry.log().value(), entry);
            assertThat(entry.sequence()).as("%s", entry).isEqualTo(before == null ? 1 : before.sequence() + 1);
            if (before != null) {
                assertThat(entry.recordedAt()).as("%s", entry).isAfterOrEqualTo(before.recordedAt());
            }
        }
        assertThat(last.keySet()).hasSize(1 + 2 + 1 + 5);
    }

    @Test
    void everyCandidateTakesTheStepsInTheRulesOrderWithinTheirDeadlinesAndLeavesFromTheStageTheyReached() {
        Map<String, List<Step>> careers = new LinkedHashMap<>();
        for (Entry entry : all(SMALL)) {
            if (entry.fact() instanceof Step step) {
                careers.computeIfAbsent(step.candidate().value(), id -> new ArrayList<>()).add(step);
            }
        }
        assertThat(careers).hasSizeGreaterThan(2_000);
        for (List<Step> steps : careers.values()) {
            assertThat(steps.getFirst()).as("first step").isInstanceOf(Step.SourceCreated.class);
            Stage reached = Stage.SOURCE;
            for (Step step : steps.subList(1, steps.size())) {
                assertThat(reached).as("no step after %s: %s", reached, step)
                        .isNotIn(Stage.EXITED, Stage.OFFICIAL_MEMBER);
                assertThat(step.occurredOn()).as("%s", step).isAfterOrEqualTo(steps.get(steps.indexOf(step) - 1)
                        .occurredOn());
                if (step instanceof Step.CandidateExited exited) {
                    assertThat(exited.stageAtExit()).isEqualTo(reached);
                    assertThat(allowed(exited.reason())).as("%s at %s", exited.reason(), reached).contains(reached);
                } else if (step instanceof Step.SympathiserRemoved) {
                    assertThat(reached).isIn(Stage.SYMPATHISER, Stage.CERTIFIED, Stage.VERIFIED, Stage.INTRODUCED);
                } else {
                    assertThat(step.stage().ordinal()).as("%s after %s", step, reached).isEqualTo(reached.ordinal() + 1);
                }
                reached = step.stage();
            }
            withinDeadlines(steps);
        }
    }

    @Test
    void onTheFirstOfJuly2025TheNewCommunesRegisterOnlyThemselvesTheBlocsMoveTheirBranchesAndTheProvinceTheRest() {
        Province province = SMALL.province("S01");
        List<Unit> registeredInJuly = new ArrayList<>();
        for (Entry entry : all(SMALL)) {
            if (entry.fact() instanceof Unit unit && unit.effectiveFrom().equals(Province.REORGANISATION)) {
                registeredInJuly.add(unit);
                assertThat(unit.parent()).isEqualTo(province.parent(unit.code(), true));
                // Each log only within its own subtree as it stood that day (the aggregator's intake/Authority).
                if (province.communes().contains(unit.code())) {
                    assertThat(entry.log()).isEqualTo(unit.code());
                } else {
                    assertThat(province.blocs()).contains(entry.log());
                    assertThat(province.subtree(entry.log(), false)).contains(unit.code(), unit.parent());
                }
            }
        }
        assertThat(registeredInJuly.stream().filter(unit -> unit.kind() == UnitKind.DISTRICT_COMMITTEE))
                .hasSize(province.communes().size());
        List<HierarchyChange.Move> moves = province.changes().stream()
                .filter(HierarchyChange.Move.class::isInstance).map(HierarchyChange.Move.class::cast).toList();
        assertThat(moves).allSatisfy(move -> assertThat(move.parent())
                .isEqualTo(province.parent(move.unit(), true)));
        List<UnitCode> movedAtAll = new ArrayList<>(registeredInJuly.stream()
                .filter(unit -> !province.communes().contains(unit.code())).map(Unit::code).toList());
        moves.forEach(move -> movedAtAll.add(move.unit()));
        assertThat(movedAtAll).containsAll(province.moved()).doesNotHaveDuplicates();
        assertThat(province.changes().indexOf(moves.getLast())).isLessThan(province.changes().stream()
                .filter(HierarchyChange.Merge.class::isInstance).map(province.changes()::indexOf).min(Integer::compare)
                .orElseThrow());
    }

    @Test
    void aProvincesThreeYearsHoldAbout15000SourcesAnd6000AdmissionsAYearWithFebruaryTheBusiestAndExitsAtEveryStage() {
        Map<Integer, Integer> sources = new TreeMap<>();
        Map<Integer, Integer> admissions = new TreeMap<>();
        Map<LocalDate, Integer> stepsByMonth = new TreeMap<>();
        Set<Stage> exitedAt = EnumSet.noneOf(Stage.class);
        long quotas = 0;
        for (Iterator<Entry> entries = DataSet.province(1).entries(); entries.hasNext(); ) {
            Entry entry = entries.next();
            switch (entry.fact()) {
                case Step.SourceCreated source -> sources.merge(source.identifiedOn().getYear(), 1, Integer::sum);
                case Step.CandidateAdmitted admitted -> admissions.merge(admitted.admittedOn().getYear(), 1, Integer::sum);
                case Step.CandidateExited exited -> exitedAt.add(exited.stageAtExit());
                case QuotaAssigned quota -> quotas++;
                default -> {
                }
            }
            if (entry.fact() instanceof Step step && step.occurredOn().getYear() >= 2024) {
                stepsByMonth.merge(step.occurredOn().withDayOfMonth(1), 1, Integer::sum);
            }
        }
        for (int year = 2024; year <= 2026; year++) {
            assertThat(sources.get(year)).as("sources in %d", year).isBetween(14_000, 16_000);
            assertThat(admissions.get(year)).as("admissions in %d", year).isBetween(5_500, 7_000);
            int y = year;
            LocalDate busiest = stepsByMonth.entrySet().stream().filter(month -> month.getKey().getYear() == y)
                    .max(java.util.Comparator.comparingDouble(month -> (double) month.getValue()
                            / month.getKey().lengthOfMonth())).orElseThrow().getKey();
            assertThat(busiest.getMonthValue()).as("the busiest month of %d, by steps a day", year).isEqualTo(2);
        }
        assertThat(exitedAt).isEqualTo(EnumSet.range(Stage.SOURCE, Stage.RECOGNITION_VOTED));
        assertThat(quotas).as("quotas for every unit and year").isGreaterThan(3 * 10_000);
    }

    @Test
    void theNationIsThirtyFourProvincesOfAfterTheReorganisationWithoutTheirDistricts() {
        DataSet nation = DataSet.nation(1);
        assertThat(nation.provinces()).hasSize(34);
        Iterator<Entry> entries = nation.entries();
        Entry first = entries.next();
        assertThat(first.log().value()).isEqualTo("T01");
        for (int i = 0; i < 20_000; i++) {
            Entry entry = entries.next();
            if (entry.fact() instanceof Unit unit) {
                assertThat(unit.code().value()).as("no district, no old commune").doesNotContain("-H", "-X");
                assertThat(unit.effectiveFrom()).isEqualTo(Province.REORGANISATION);
            }
            if (entry.fact() instanceof Step step) {
                assertThat(step.occurredOn()).isAfterOrEqualTo(LocalDate.of(2026, 1, 1));
            }
        }
    }

    private static void withinDeadlines(List<Step> steps) {
        Map<Class<?>, Step> byType = new HashMap<>();
        steps.forEach(step -> byType.put(step.getClass(), step));
        if (byType.get(Step.AdmissionDecided.class) instanceof Step.AdmissionDecided decided) {
            LocalDate voted = ((Step.AdmissionVoted) byType.get(Step.AdmissionVoted.class)).votedOn();
            // 60 working days are at least 84 calendar days.
            assertThat(ChronoUnit.DAYS.between(voted, decided.decision().decidedOn())).isBetween(0L, 84L);
        }
        if (byType.get(Step.CandidateAdmitted.class) instanceof Step.CandidateAdmitted admitted) {
            Step.AdmissionDecided decided = (Step.AdmissionDecided) byType.get(Step.AdmissionDecided.class);
            assertThat(admitted.decision()).isEqualTo(decided.decision());
            assertThat(ChronoUnit.DAYS.between(decided.decision().decidedOn(), admitted.admittedOn())).isBetween(1L, 42L);
            if (byType.get(Step.RecognitionVoted.class) instanceof Step.RecognitionVoted voted) {
                assertThat(voted.votedOn()).isAfterOrEqualTo(admitted.admittedOn().plusMonths(12));
                assertThat(ChronoUnit.DAYS.between(admitted.admittedOn().plusMonths(12), voted.votedOn()))
                        .isLessThanOrEqualTo(42L);
                assertThat(voted.vote().votesFor() * 3).isGreaterThanOrEqualTo(voted.vote().officialMembers() * 2);
            }
        }
        if (byType.get(Step.AdmissionVoted.class) instanceof Step.AdmissionVoted voted) {
            assertThat(voted.vote().votesFor() * 3).isGreaterThanOrEqualTo(voted.vote().officialMembers() * 2);
            LocalDate introduced = ((Step.CandidateIntroduced) byType.get(Step.CandidateIntroduced.class)).introducedOn();
            assertThat(voted.votedOn()).as("dossier not stale").isBefore(introduced.plusMonths(12));
        }
    }

    private static Set<Stage> allowed(ExitReason reason) {
        return switch (reason) {
            case WITHDRAWN_FROM_SOURCES -> EnumSet.of(Stage.SOURCE);
            case NOT_ADMITTED -> EnumSet.range(Stage.SYMPATHISER, Stage.ADMISSION_DECIDED);
            case NOT_RECOGNISED -> EnumSet.range(Stage.PROBATIONARY_MEMBER, Stage.RECOGNITION_VOTED);
            case MOVED_TO_ANOTHER_UNIT, OTHER -> EnumSet.range(Stage.SOURCE, Stage.RECOGNITION_VOTED);
        };
    }

    private static List<Entry> all(DataSet dataSet) {
        List<Entry> entries = new ArrayList<>();
        dataSet.entries().forEachRemaining(entries::add);
        return entries;
    }
}
