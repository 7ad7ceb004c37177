package vn.pdv.aggregator.hierarchy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tree through time, as a plain value: no Spring, no database. */
class HierarchyTest {

    private static final LocalDate JAN_2024 = LocalDate.of(2024, 1, 1);
    private static final LocalDate JAN_2025 = LocalDate.of(2025, 1, 1);
    private static final LocalDate REFORM = LocalDate.of(2025, 7, 1);
    private static final LocalDate JAN_2026 = LocalDate.of(2026, 1, 1);

    private final List<Unit> versions = new ArrayList<>();
    private final List<Closure> closures = new ArrayList<>();

    @Test
    void subtreeHoldsTheUnitAndEverythingBeneathItAtAnyDepth() {
        add("DUK", null);
        add("DUK-01", "DUK");
        add("DUK-01-KN", "DUK-01");
        add("DUK-01-KN-T1", "DUK-01-KN");
        add("DUK-26", "DUK");

        assertThat(tree().subtreeOn(code("DUK-01"), JAN_2025)).extracting(UnitCode::value)
                .containsExactlyInAnyOrder("DUK-01", "DUK-01-KN", "DUK-01-KN-T1");
        assertThat(tree().subtreeAsLatest(code("DUK"))).hasSize(5);
    }

    @Test
    void subtreeOfAnUnknownUnitIsEmpty() {
        assertThat(tree().subtreeAsLatest(code("NOPE"))).isEmpty();
        assertThat(tree().subtree(code("NOPE"), JAN_2024, JAN_2025)).isEmpty();
    }

    @Test
    void subtreeSurvivesACycleInBadData() {
        add("A", "B");
        add("B", "A");

        assertThat(tree().subtreeOn(code("A"), JAN_2025)).extracting(UnitCode::value)
                .containsExactlyInAnyOrder("A", "B");
        assertThat(tree().ancestors(code("A"), JAN_2025)).extracting(Unit::code).containsExactly(code("B"));
    }

    @Test
    void aMovedBranchCountsUnderItsOldParentBeforeTheMoveAndItsNewOneAfter() {
        add("TINH", null);
        add("HUYEN-A", "TINH");
        add("HUYEN-B", "TINH");
        add("XA-1", "HUYEN-A");
        versions.add(new Unit(code("XA-1"), "Xã 1", UnitKind.GRASSROOTS_COMMITTEE, code("HUYEN-B"), REFORM));

        UnitTree tree = tree();

        assertThat(tree.subtree(code("HUYEN-A"), JAN_2025, JAN_2026)).containsExactly(
                new Span(JAN_2025, REFORM, set("HUYEN-A", "XA-1")),
                new Span(REFORM, JAN_2026, set("HUYEN-A")));
        assertThat(tree.subtree(code("HUYEN-B"), JAN_2025, JAN_2026)).containsExactly(
                new Span(JAN_2025, REFORM, set("HUYEN-B")),
                new Span(REFORM, JAN_2026, set("HUYEN-B", "XA-1")));
        assertThat(tree.subtree(code("HUYEN-A"), JAN_2024, JAN_2025)).containsExactly(
                new Span(JAN_2024, JAN_2025, set("HUYEN-A", "XA-1")));
        assertThat(tree.ancestors(code("XA-1"), LocalDate.of(2025, 6, 30))).extracting(Unit::code)
                .containsExactly(code("HUYEN-A"), code("TINH"));
        assertThat(tree.ancestors(code("XA-1"), REFORM)).extracting(Unit::code)
                .containsExactly(code("HUYEN-B"), code("TINH"));
    }

    @Test
    void aMergeClosesTheUnitsHandsTheirChildrenToTheSuccessorAndKeepsTheirHistory() {
        add("TINH", null);
        add("XA-A", "TINH");
        add("XA-B", "TINH");
        add("XA-A-T1", "XA-A");
        UnitTree before = tree();

        var outcome = before.decide(new HierarchyChange.Merge(List.of(code("XA-A"), code("XA-B")), code("XA-C"), REFORM,
                "Xã C", UnitKind.GRASSROOTS_COMMITTEE, code("TINH")));

        assertThat(outcome).isInstanceOf(HierarchyChange.Accepted.class);
        var accepted = (HierarchyChange.Accepted) outcome;
        assertThat(accepted.closures()).containsExactly(new Closure(code("XA-A"), REFORM, code("XA-C")),
                new Closure(code("XA-B"), REFORM, code("XA-C")));
        versions.addAll(accepted.versions());
        closures.addAll(accepted.closures());
        UnitTree after = tree();
        assertThat(after.on(code("XA-A"), REFORM)).isEmpty();
        assertThat(after.on(code("XA-A"), REFORM.minusDays(1))).isPresent();
        assertThat(after.on(code("XA-A-T1"), REFORM).orElseThrow().parent()).isEqualTo(code("XA-C"));
        // The merged unit's own 2025 is its first half; the successor's 2025 takes in its predecessors' first half
        // (and itself, which has no events before it opened).
        assertThat(after.subtree(code("XA-A"), JAN_2025, JAN_2026)).containsExactly(
                new Span(JAN_2025, REFORM, set("XA-A", "XA-A-T1")));
        assertThat(after.subtree(code("XA-C"), JAN_2025, JAN_2026)).containsExactly(
                new Span(JAN_2025, REFORM, set("XA-C", "XA-A", "XA-A-T1", "XA-B")),
                new Span(REFORM, JAN_2026, set("XA-C", "XA-A-T1")));
        // The province counts each unit once on each day.
        assertThat(after.subtree(code("TINH"), JAN_2025, JAN_2026)).containsExactly(
                new Span(JAN_2025, REFORM, set("TINH", "XA-A", "XA-B", "XA-A-T1", "XA-C")),
                new Span(REFORM, JAN_2026, set("TINH", "XA-C", "XA-A-T1")));
        assertThat(after.predecessors(code("XA-C"))).containsExactlyInAnyOrder(code("XA-A"), code("XA-B"));
    }

    @Test
    void daysBeforeAUnitsFirstVersionCountUnderThatVersion() {
        add("TINH", null);
        add("XA", "TINH");

        assertThat(tree().on(code("XA"), LocalDate.of(2021, 4, 1))).isEmpty();
        assertThat(tree().subtree(code("TINH"), LocalDate.of(2020, 1, 1), JAN_2026)).containsExactly(
                new Span(LocalDate.of(2020, 1, 1), JAN_2026, set("TINH", "XA")));
    }

    @Test
    void aRenameIsANewVersionAndTheOldNameStaysInHistory() {
        add("XA-1", null);
        var outcome = (HierarchyChange.Accepted) tree().decide(new HierarchyChange.Rename(code("XA-1"), "Phường 1", REFORM));
        versions.addAll(outcome.versions());

        assertThat(tree().on(code("XA-1"), JAN_2025).orElseThrow().name()).isEqualTo("XA-1");
        assertThat(tree().on(code("XA-1"), REFORM).orElseThrow().name()).isEqualTo("Phường 1");
        assertThat(tree().history(code("XA-1"))).hasSize(2);
    }

    @Test
    void refusesAMoveUnderItsOwnDescendantAClosureWithChildrenAndAnUnknownParent() {
        add("TINH", null);
        add("XA", "TINH");
        add("THON", "XA");

        assertThat(rules(new HierarchyChange.Move(code("XA"), code("THON"), REFORM))).containsExactly("parent:cycle");
        assertThat(rules(new HierarchyChange.Close(code("XA"), REFORM))).containsExactly("unit:has-children");
        assertThat(rules(new HierarchyChange.Open(code("NEW"), "Mới", UnitKind.GRASSROOTS_BRANCH, code("NOPE"), REFORM)))
                .containsExactly("parent:unit-unknown");
        assertThat(rules(new HierarchyChange.Rename(code("XA"), "Xã", LocalDate.of(2023, 12, 31))))
                .containsExactly("unit:unit-not-open-on-date");
        assertThat(rules(new HierarchyChange.Open(code("XA"), "Xã", UnitKind.GRASSROOTS_BRANCH, null, REFORM)))
                .containsExactly("unit:unit-exists");
    }

    private List<String> rules(HierarchyChange change) {
        return switch (tree().decide(change)) {
            case HierarchyChange.Refused refused -> refused.problems().stream()
                    .map(problem -> problem.field() + ":" + problem.rule()).toList();
            case HierarchyChange.Accepted accepted -> List.of();
        };
    }

    private void add(String code, String parent) {
        versions.add(new Unit(code(code), code, UnitKind.GRASSROOTS_COMMITTEE, parent == null ? null : code(parent),
                JAN_2024));
    }

    private UnitTree tree() {
        return UnitTree.of(versions, closures);
    }

    private static UnitCode code(String value) {
        return new UnitCode(value);
    }

    private static java.util.Set<UnitCode> set(String... codes) {
        return java.util.Arrays.stream(codes).map(UnitCode::new).collect(java.util.stream.Collectors.toSet());
    }
}
