package vn.pdv.aggregator.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.pdv.aggregator.hierarchy.Unit;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.hierarchy.UnitKind;
import vn.pdv.aggregator.hierarchy.UnitTree;
import vn.pdv.aggregator.keys.Refusal;
import vn.pdv.aggregator.quota.Metric;
import vn.pdv.aggregator.quota.Period;
import vn.pdv.aggregator.quota.PlanReference;
import vn.pdv.aggregator.quota.Quota;

/**
 * A committee changes units and quotas only inside its own subtree as the dated tree stood on the change's day:
 * DUK above DUK-01 and DUK-26; DUK-01-KN moved from DUK-01 to DUK-26 on 2025-07-01.
 */
class AuthorityTest {

    private static final LocalDate START = LocalDate.of(2024, 1, 1);
    private static final LocalDate JULY_2025 = LocalDate.of(2025, 7, 1);

    private final UnitTree tree = UnitTree.of(List.of(
            unit("DUK", null, START), unit("DUK-01", "DUK", START), unit("DUK-26", "DUK", START),
            unit("DUK-01-KN", "DUK-01", START), unit("DUK-01-KN", "DUK-26", JULY_2025)), List.of());

    @Test
    void opensRenamesAndMovesUnitsBeneathItself() {
        Authority authority = new Authority(tree);

        assertThat(authority.check(code("DUK-01"), registration(unit("DUK-01-NEW", "DUK-01", START)))).isEqualTo(Verdict.ALLOWED);
        assertThat(authority.check(code("DUK-01"), registration(unit("DUK-01-NEW-1", "DUK-01-NEW", START))))
                .as("beneath a unit it opened in the same batch").isEqualTo(Verdict.ALLOWED);
        assertThat(authority.check(code("DUK-01"), registration(unit("DUK-01-KN", "DUK-01-NEW", START)))).isEqualTo(Verdict.ALLOWED);
        assertThat(authority.check(code("DUK-01"), registration(unit("DUK-01", "DUK", START))))
                .as("renaming itself where it stands").isEqualTo(Verdict.ALLOWED);
    }

    @Test
    void readsTheTreeAsItStoodOnTheChangesDay() {
        Authority authority = new Authority(tree);

        assertThat(reason(authority, "DUK-01", registration(unit("DUK-01-KN", "DUK-01", LocalDate.of(2025, 8, 1)))))
                .as("DUK-01-KN is DUK-26's since July 2025").isEqualTo(Refusal.Reason.OUTSIDE_AUTHORITY);
        assertThat(authority.check(code("DUK-26"), registration(unit("DUK-01-KN", "DUK-26", LocalDate.of(2025, 8, 1)))))
                .isEqualTo(Verdict.ALLOWED);
    }

    @Test
    void refusesAUnitUnderAnotherCommitteeItsOwnParentOrASibling() {
        Authority authority = new Authority(tree);

        assertThat(reason(authority, "DUK-01", registration(unit("DUK-26-X", "DUK-26", START))))
                .isEqualTo(Refusal.Reason.OUTSIDE_AUTHORITY);
        assertThat(reason(authority, "DUK-01", registration(unit("DUK", null, START))))
                .as("its own parent").isEqualTo(Refusal.Reason.OUTSIDE_AUTHORITY);
        assertThat(reason(authority, "DUK-01", registration(unit("DUK-26", "DUK-01", START))))
                .as("a sibling, even moved under itself").isEqualTo(Refusal.Reason.OUTSIDE_AUTHORITY);
        assertThat(reason(authority, "DUK-01", registration(unit("DUK-01", "DUK-26", START))))
                .as("moving itself").isEqualTo(Refusal.Reason.OUTSIDE_AUTHORITY);
    }

    @Test
    void assignsQuotasOnlyInsideItsSubtreeOnThePeriodsFirstDay() {
        Authority authority = new Authority(tree);

        assertThat(authority.check(code("DUK-01"), quota("DUK-01-KN", Period.year(2025)))).isEqualTo(Verdict.ALLOWED);
        assertThat(reason(authority, "DUK-01", quota("DUK-01-KN", Period.halfYear(2025, 2))))
                .as("DUK-26's from July 2025").isEqualTo(Refusal.Reason.OUTSIDE_AUTHORITY);
        assertThat(reason(authority, "DUK-01", quota("DUK-26", Period.year(2024))))
                .isEqualTo(Refusal.Reason.OUTSIDE_AUTHORITY);
        assertThat(authority.check(code("DUK"), quota("DUK-26", Period.year(2024)))).isEqualTo(Verdict.ALLOWED);
    }

    @Test
    void aStepIsNotItsBusiness() {
        assertThat(new Authority(tree).check(code("DUK-01"), new Effect.ReceivedOnly())).isEqualTo(Verdict.ALLOWED);
    }

    @Test
    void aChangeNamingAUnitNeverRegisteredWaitsForIt() {
        Authority authority = new Authority(tree);

        assertThat(authority.check(code("DUK"), quota("DUK-27", Period.year(2024))))
                .as("a quota for a commune whose own log has not arrived").isEqualTo(new Verdict.Waiting(code("DUK-27")));
        assertThat(authority.check(code("DUK"), registration(unit("DUK-27-A", "DUK-27", START))))
                .as("a unit under it").isEqualTo(new Verdict.Waiting(code("DUK-27")));
        assertThat(authority.check(code("DUK-27"), registration(unit("DUK-27", "DUK", START))))
                .as("its own log registering it").isEqualTo(Verdict.ALLOWED);
        assertThat(authority.check(code("DUK"), quota("DUK-27", Period.year(2024))))
                .as("now known, beneath DUK").isEqualTo(Verdict.ALLOWED);
        assertThat(reason(authority, "DUK-01", quota("DUK-27", Period.year(2024))))
                .as("known, and not beneath DUK-01").isEqualTo(Refusal.Reason.OUTSIDE_AUTHORITY);
    }

    @Test
    void aWalkUpThatMeetsAnUnregisteredUnitWaitsForIt() {
        Authority authority = new Authority(tree);
        authority.check(code("DUK-99-X"), registration(unit("DUK-99-X", "DUK-99", START)));

        assertThat(authority.check(code("DUK"), quota("DUK-99-X", Period.year(2024))))
                .as("registered itself under a unit no one has registered").isEqualTo(new Verdict.Waiting(code("DUK-99")));
    }

    private static Refusal.Reason reason(Authority authority, String committee, Effect effect) {
        Verdict verdict = authority.check(code(committee), effect);
        assertThat(verdict).isInstanceOf(Verdict.Refused.class);
        return ((Verdict.Refused) verdict).refusal().reason();
    }

    private static Effect registration(Unit unit) {
        return new Effect.Registration(unit);
    }

    private static Effect quota(String target, Period period) {
        return new Effect.Assignment(Quota.stated(code(target), code("DUK"), new PlanReference("104-KH/ĐUK",
                Optional.empty(), Optional.empty()), period, Metric.ADMISSIONS, 10, Map.of()));
    }

    private static Unit unit(String code, String parent, LocalDate from) {
        return new Unit(code(code), "Đơn vị " + code, UnitKind.GRASSROOTS_COMMITTEE, parent == null ? null : code(parent),
                from);
    }

    private static UnitCode code(String value) {
        return new UnitCode(value);
    }
}
