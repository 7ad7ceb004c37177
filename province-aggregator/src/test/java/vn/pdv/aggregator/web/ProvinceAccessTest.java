package vn.pdv.aggregator.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.pdv.aggregator.hierarchy.Closure;
import vn.pdv.aggregator.hierarchy.Hierarchy;
import vn.pdv.aggregator.hierarchy.HierarchyChange;
import vn.pdv.aggregator.hierarchy.Reach;
import vn.pdv.aggregator.hierarchy.Unit;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.hierarchy.UnitKind;
import vn.pdv.aggregator.hierarchy.UnitTree;
import vn.pdv.aggregator.quota.Period;
import vn.pdv.aggregator.quota.Terms;
import vn.pdv.common.security.AccessRefused;
import vn.pdv.common.security.Caller;
import vn.pdv.common.security.Role;

/**
 * Who reads which unit on which day, over a dated tree and no Spring: the bloc DUK with committees DUK-01 and DUK-26;
 * branch DUK-01-X moves from DUK-01 to DUK-26 on 1 July 2024; committee DUK-09 closes on 1 October 2024. Today is
 * 15 March 2025.
 */
class ProvinceAccessTest {

    static final LocalDate START = LocalDate.of(2024, 1, 1);
    static final LocalDate MOVED = LocalDate.of(2024, 7, 1);
    static final UnitCode DUK = new UnitCode("DUK");
    static final UnitCode DUK_01 = new UnitCode("DUK-01");
    static final UnitCode DUK_26 = new UnitCode("DUK-26");
    static final UnitCode DUK_09 = new UnitCode("DUK-09");
    static final UnitCode MOVER = new UnitCode("DUK-01-X");

    final ProvinceAccess access = new ProvinceAccess(new FixedHierarchy(UnitTree.of(List.of(
            new Unit(DUK, "Đảng bộ Khối", UnitKind.BLOC_COMMITTEE, null, START),
            new Unit(DUK_01, "Bệnh viện", UnitKind.GRASSROOTS_COMMITTEE, DUK, START),
            new Unit(DUK_26, "Trường Cao đẳng", UnitKind.GRASSROOTS_COMMITTEE, DUK, START),
            new Unit(DUK_09, "Sở cũ", UnitKind.GRASSROOTS_COMMITTEE, DUK, START),
            new Unit(MOVER, "Chi bộ X", UnitKind.SUBORDINATE_BRANCH, DUK_01, START),
            new Unit(MOVER, "Chi bộ X", UnitKind.SUBORDINATE_BRANCH, DUK_26, MOVED)),
            List.of(new Closure(DUK_09, LocalDate.of(2024, 10, 1), null)))), Terms.calendar(),
            Clock.fixed(LocalDate.of(2025, 3, 15).atStartOfDay(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant(),
                    ZoneId.of("Asia/Ho_Chi_Minh")));

    @Test
    void aMovedUnitIsTheOldParentsBeforeTheMoveAndTheNewParentsFromItsDay() {
        Caller hospital = caller("DUK-01", Role.VIEWER);
        Caller college = caller("DUK-26", Role.SECRETARY);

        assertThat(access.toRead(hospital, MOVER, MOVED.minusDays(1))).isTrue();
        assertRefused(() -> access.toRead(hospital, MOVER, MOVED), "unit-out-of-scope");
        assertRefused(() -> access.toRead(college, MOVER, MOVED.minusDays(1)), "unit-out-of-scope");
        assertThat(access.toRead(college, MOVER, MOVED)).isTrue();
    }

    @Test
    void theBlocAboveBothReadsTheMovedUnitOnEveryDay() {
        Caller bloc = caller("DUK", Role.VIEWER);

        assertThat(access.toRead(bloc, MOVER, MOVED.minusDays(1))).isTrue();
        assertThat(access.toRead(bloc, MOVER, MOVED)).isTrue();
    }

    @Test
    void aPeriodIsAskedOnItsLastDayOrTodayWhileItRuns() {
        Caller hospital = caller("DUK-01", Role.CLERK);
        Caller college = caller("DUK-26", Role.CLERK);

        assertThat(access.toReadPeriod(hospital, MOVER, Period.halfYear(2024, 1))).isTrue();
        assertRefused(() -> access.toReadPeriod(hospital, MOVER, Period.year(2024)), "unit-out-of-scope");
        assertRefused(() -> access.toReadPeriod(college, MOVER, Period.halfYear(2024, 1)), "unit-out-of-scope");
        assertThat(access.toReadPeriod(college, MOVER, Period.year(2025))).as("2025 runs: asked today").isTrue();
    }

    @Test
    void theReachOfAnAccountIsItsUnitsSubtreeOfTheDay() {
        Caller hospital = caller("DUK-01", Role.VIEWER);

        assertThat(access.reachOf(hospital, MOVED.minusDays(1))).isEqualTo(Reach.only(Set.of(DUK_01, MOVER)));
        assertThat(access.reachOf(hospital, MOVED)).isEqualTo(Reach.only(Set.of(DUK_01)));
        assertThat(access.reachOf(caller("DUK", Role.VIEWER), LocalDate.of(2024, 12, 1)))
                .isEqualTo(Reach.only(Set.of(DUK, DUK_01, DUK_26, MOVER)));
    }

    @Test
    void aProvinceAdministratorReadsEverythingOnEveryDayUnknownUnitsIncluded() {
        Caller admin = caller("TU-BD", Role.PROVINCE_ADMIN);

        assertThat(access.reachOf(admin, MOVED)).isEqualTo(Reach.everything());
        assertThat(access.toRead(admin, new UnitCode("NOPE"), MOVED)).isTrue();
        assertThat(access.toAdminister(admin)).isTrue();
        assertThat(access.toManageContacts(admin, DUK_26)).isTrue();
    }

    @Test
    void aSiblingCommitteeAndAnAccountWithoutAPdvRoleReadNothing() {
        assertRefused(() -> access.toRead(caller("DUK-26", Role.SECRETARY), DUK_01, MOVED), "unit-out-of-scope");
        assertRefused(() -> access.toRead(caller("DUK-01"), DUK_01, MOVED), "role-required");
        assertRefused(() -> access.toList(caller("DUK-01")), "role-required");
        assertRefused(() -> access.toRead(caller(null, Role.VIEWER), DUK_01, MOVED), "unit-out-of-scope");
    }

    @Test
    void noOneButAProvinceAdministratorChangesPlansTheTreeOrMembership() {
        for (Role role : List.of(Role.VIEWER, Role.SECRETARY, Role.CLERK, Role.BRANCH_CLERK)) {
            assertRefused(() -> access.toAdminister(caller("DUK", role)), "role-required");
        }
    }

    @Test
    void alertContactsAreTheUnitsOwnSecretarys() {
        assertThat(access.toManageContacts(caller("DUK-26", Role.SECRETARY), DUK_26)).isTrue();
        assertRefused(() -> access.toManageContacts(caller("DUK-26", Role.CLERK), DUK_26), "role-required");
        assertRefused(() -> access.toManageContacts(caller("DUK", Role.SECRETARY), DUK_26), "unit-out-of-scope");
        assertRefused(() -> access.toManageContacts(caller("DUK-01", Role.SECRETARY), DUK_26), "unit-out-of-scope");
    }

    @Test
    void alertsAreAcknowledgedByTheUnitsOwnSecretaryOrAProvinceAdministratorAndThePageAsksTheSameQuestion() {
        Caller secretary = caller("DUK-26", Role.SECRETARY);
        Caller clerk = caller("DUK-26", Role.CLERK);
        Caller above = caller("DUK", Role.SECRETARY);
        Caller admin = caller("TU-BD", Role.PROVINCE_ADMIN);

        assertThat(access.toAcknowledgeAlerts(secretary, DUK_26)).isTrue();
        assertThat(access.toAcknowledgeAlerts(admin, DUK_26)).isTrue();
        assertRefused(() -> access.toAcknowledgeAlerts(clerk, DUK_26), "role-required");
        assertRefused(() -> access.toAcknowledgeAlerts(above, DUK_26), "unit-out-of-scope");
        assertThat(List.of(secretary, admin, clerk, above)).map(caller -> access.mayAcknowledgeAlerts(caller, DUK_26))
                .containsExactly(true, true, false, false);
    }

    @Test
    void anAccountOfAClosedUnitReadsItsDaysBeforeTheClosureOnly() {
        Caller closed = caller("DUK-09", Role.VIEWER);

        assertThat(access.toRead(closed, DUK_09, LocalDate.of(2024, 9, 30))).isTrue();
        assertRefused(() -> access.toRead(closed, DUK_09, LocalDate.of(2024, 10, 1)), "unit-out-of-scope");
    }

    @Test
    void aRefusalNamesTheUnitAndTheAccountsUnitInVietnameseAndEnglish() {
        assertThatThrownBy(() -> access.toRead(caller("DUK-01", Role.VIEWER), MOVER, MOVED))
                .isInstanceOfSatisfying(AccessRefused.class, refused -> {
                    assertThat(refused.vi()).contains("DUK-01", "DUK-01-X");
                    assertThat(refused.en()).contains("DUK-01", "DUK-01-X");
                });
    }

    private static Caller caller(String unit, Role... roles) {
        return new Caller("subject", unit, Set.of(roles), "");
    }

    private static void assertRefused(Runnable question, String rule) {
        assertThatThrownBy(question::run).isInstanceOfSatisfying(AccessRefused.class,
                refused -> assertThat(refused.rule()).isEqualTo(rule));
    }

    /** The tree as given, read-only. */
    record FixedHierarchy(UnitTree tree) implements Hierarchy {

        @Override
        public void registerAll(List<Registered> registrations) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void registerAllLate(List<Registered> registrations) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void apply(HierarchyChange.Accepted change) {
            throw new UnsupportedOperationException();
        }
    }
}
