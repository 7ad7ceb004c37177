package vn.pdv.aggregator.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.pdv.aggregator.hierarchy.Closure;
import vn.pdv.aggregator.hierarchy.Unit;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.hierarchy.UnitKind;
import vn.pdv.aggregator.hierarchy.UnitTree;

/** Which committee decides, over the dated tree, before and after the district level was abolished. */
class DecidingCommitteeTest {

    private static final LocalDate START = LocalDate.of(2024, 1, 1);
    private static final LocalDate JUNE_30_2025 = LocalDate.of(2025, 6, 30);
    private static final LocalDate JULY_1_2025 = LocalDate.of(2025, 7, 1);

    private final UnitTree tree = UnitTree.of(List.of(
            unit("TU", UnitKind.PROVINCE_COMMITTEE, null, START),
            unit("DUK", UnitKind.BLOC_COMMITTEE, "TU", START),
            unit("DUK-01", UnitKind.GRASSROOTS_COMMITTEE, "DUK", START),
            unit("DUK-01-CB1", UnitKind.SUBORDINATE_BRANCH, "DUK-01", START),
            unit("H1", UnitKind.DISTRICT_COMMITTEE, "TU", START),
            unit("XA", UnitKind.GRASSROOTS_COMMITTEE, "H1", START),
            unit("XA", UnitKind.GRASSROOTS_COMMITTEE, "TU", JULY_1_2025),
            unit("XA-THON1", UnitKind.SUBORDINATE_BRANCH, "XA", START)),
            List.of(new Closure(code("H1"), JULY_1_2025, null)));

    @Test
    void theBlocCommitteeDecidesForTheBranchesOfItsGrassrootsCommittees() {
        assertThat(DecidingCommittee.over(tree, code("DUK-01-CB1"), JUNE_30_2025)).contains(code("DUK"));
        assertThat(DecidingCommittee.over(tree, code("DUK-01-CB1"), JULY_1_2025)).contains(code("DUK"));
    }

    @Test
    void theDistrictCommitteeDecidesUntil30June2025AndTheCommuneCommitteeFrom1July() {
        assertThat(DecidingCommittee.over(tree, code("XA-THON1"), JUNE_30_2025)).contains(code("H1"));
        assertThat(DecidingCommittee.over(tree, code("XA-THON1"), JULY_1_2025)).contains(code("XA"));
    }

    @Test
    void aTreeRegisteredWithoutItsUpperLevelsIsDecidedAtItsTop() {
        UnitTree alone = UnitTree.of(List.of(unit("T1", UnitKind.GRASSROOTS_COMMITTEE, null, START),
                unit("T1-A", UnitKind.SUBORDINATE_BRANCH, "T1", START)), List.of());

        assertThat(DecidingCommittee.over(alone, code("T1-A"), JUNE_30_2025)).contains(code("T1"));
    }

    @Test
    void noCommitteeDecidesForABranchThatDidNotStandThatDay() {
        assertThat(DecidingCommittee.over(tree, code("DUK-01-CB1"), LocalDate.of(2023, 12, 31))).isEmpty();
    }

    private static Unit unit(String code, UnitKind kind, String parent, LocalDate from) {
        return new Unit(code(code), "Đơn vị " + code, kind, parent == null ? null : code(parent), from);
    }

    private static UnitCode code(String code) {
        return new UnitCode(code);
    }
}
