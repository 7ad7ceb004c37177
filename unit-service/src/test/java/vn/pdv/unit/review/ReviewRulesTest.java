package vn.pdv.unit.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.pdv.unit.decision.Outcome;
import vn.pdv.unit.decision.RuleCode;
import vn.pdv.unit.organisation.Unit;
import vn.pdv.unit.organisation.UnitCode;
import vn.pdv.unit.organisation.UnitKind;
import vn.pdv.unit.pipeline.rules.DueItem;

/** The quarterly review's rules as plain functions: when a quarter's review is owed, when it is overdue, what is refused. */
class ReviewRulesTest {

    private static final UnitCode KN = new UnitCode("DUK-01-KN");
    private static final UnitCode YT = new UnitCode("DUK-01-YT");
    private final ReviewRules rules = new ReviewRules(4);

    @Test
    void aQuarterIsWrittenAndReadAsYearAndNumberAndKnowsItsDays() {
        Quarter q3 = Quarter.parse("2026-Q3");

        assertThat(q3).isEqualTo(new Quarter(2026, 3)).isEqualTo(Quarter.of(LocalDate.of(2026, 8, 15)));
        assertThat(q3.firstDay()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(q3.lastDay()).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(new Quarter(2026, 4).next()).isEqualTo(new Quarter(2027, 1));
        assertThat(new Quarter(2026, 1).previous()).isEqualTo(new Quarter(2025, 4));
        assertThat(q3.vi()).isEqualTo("quý III/2026");
        assertThat(q3).hasToString("2026-Q3");
        assertThatThrownBy(() -> Quarter.parse("2026-Q5")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aQuarterWithoutAReviewIsOverdueFromTheDayAfterItEnds() {
        List<ReviewRules.DueReview> onLastDay = rules.dueOn(List.of(branch(KN, "2026-01-01")), Set.of(),
                LocalDate.of(2026, 3, 31));
        List<ReviewRules.DueReview> dayAfter = rules.dueOn(List.of(branch(KN, "2026-01-01")), Set.of(),
                LocalDate.of(2026, 4, 1));

        assertThat(onLastDay).singleElement().satisfies(due -> {
            assertThat(due.quarter()).isEqualTo(new Quarter(2026, 1));
            assertThat(due.urgency()).isEqualTo(DueItem.Urgency.DUE_THIS_WEEK);
            assertThat(due.dueBy()).isEqualTo(LocalDate.of(2026, 3, 31));
        });
        assertThat(dayAfter).singleElement().satisfies(due -> {
            assertThat(due.overdue()).isTrue();
            assertThat(due.description().vi()).isEqualTo("Chi bộ rà soát danh sách cảm tình đảng quý I/2026 (hạn 31/03/2026)");
        });
    }

    @Test
    void aQuarterInItsMiddleOwesNothingYet() {
        assertThat(rules.dueOn(List.of(branch(KN, "2026-07-01")), Set.of(), LocalDate.of(2026, 8, 12))).isEmpty();
    }

    @Test
    void aReviewedQuarterIsNoLongerOwedAndOtherBranchesStillOweTheirs() {
        LocalDate today = LocalDate.of(2026, 10, 5);
        Set<ReviewRules.BranchQuarter> reviewed = Set.of(new ReviewRules.BranchQuarter(KN, new Quarter(2026, 3)));

        List<ReviewRules.DueReview> due = rules.dueOn(List.of(branch(KN, "2026-07-01"), branch(YT, "2026-07-01")),
                reviewed, today);

        assertThat(due).extracting(ReviewRules.DueReview::branch).containsExactly(YT);
    }

    @Test
    void quartersBeforeTheBranchWasRegisteredAreNotOwed() {
        List<ReviewRules.DueReview> due = rules.dueOn(List.of(branch(KN, "2026-05-20")), Set.of(),
                LocalDate.of(2026, 10, 5));

        assertThat(due).extracting(review -> review.quarter().toString()).containsExactly("2026-Q2", "2026-Q3");
    }

    @Test
    void theListLooksBackOnlyAsManyEndedQuartersAsConfigured() {
        List<ReviewRules.DueReview> due = rules.dueOn(List.of(branch(KN, "2020-01-01")), Set.of(),
                LocalDate.of(2026, 10, 5));

        assertThat(due).extracting(review -> review.quarter().toString())
                .containsExactly("2025-Q4", "2026-Q1", "2026-Q2", "2026-Q3");
        assertThat(new ReviewRules(0).dueOn(List.of(branch(KN, "2020-01-01")), Set.of(), LocalDate.of(2026, 10, 5)))
                .isEmpty();
    }

    @Test
    void onlyBranchesKeepASympathiserList() {
        assertThat(ReviewRules.keepsAList(branch(KN, "2024-01-01"))).isTrue();
        assertThat(ReviewRules.keepsAList(new Unit(new UnitCode("DUK-01"), "Đảng ủy", UnitKind.GRASSROOTS_COMMITTEE,
                new UnitCode("DUK"), LocalDate.of(2024, 1, 1)))).isFalse();
    }

    @Test
    void aReviewIsKeptWithItsCount() {
        Outcome<SympathiserListReviewed> outcome = rules.review(KN, new Quarter(2026, 3), LocalDate.of(2026, 9, 28),
                "Chi ủy chi bộ", "Giữ nguyên", 4, Optional.empty());

        assertThat(outcome).isEqualTo(Outcome.accepted(new SympathiserListReviewed(KN, new Quarter(2026, 3),
                LocalDate.of(2026, 9, 28), "Chi ủy chi bộ", "Giữ nguyên", 4)));
    }

    @Test
    void aReviewDatedBeforeItsQuarterBeganIsRefusedAtTheDate() {
        Outcome<SympathiserListReviewed> outcome = rules.review(KN, new Quarter(2026, 3), LocalDate.of(2026, 6, 30),
                "Chi ủy chi bộ", "", 4, Optional.empty());

        assertThat(outcome).isInstanceOfSatisfying(Outcome.Refused.class, refused -> {
            assertThat(refused.violation().code()).isEqualTo(RuleCode.REVIEW_OUT_OF_QUARTER);
            assertThat(refused.violation().field()).isEqualTo("reviewedOn");
            assertThat(refused.violation().message().vi()).contains("30/06/2026", "quý III/2026", "01/07/2026");
            assertThat(refused.violation().values()).containsEntry("quarterBegins", "2026-07-01");
        });
    }

    @Test
    void aSecondReviewOfTheSameQuarterIsRefusedAtTheQuarter() {
        SympathiserListReviewed first = new SympathiserListReviewed(KN, new Quarter(2026, 3), LocalDate.of(2026, 9, 1),
                "Chi ủy chi bộ", "", 3);

        Outcome<SympathiserListReviewed> outcome = rules.review(KN, new Quarter(2026, 3), LocalDate.of(2026, 9, 28),
                "Chi ủy chi bộ", "", 4, Optional.of(first));

        assertThat(outcome).isInstanceOfSatisfying(Outcome.Refused.class, refused -> {
            assertThat(refused.violation().code()).isEqualTo(RuleCode.REVIEW_ALREADY_RECORDED);
            assertThat(refused.violation().field()).isEqualTo("quarter");
            assertThat(refused.violation().message().vi()).contains("01/09/2026");
        });
    }

    private static Unit branch(UnitCode code, String registeredOn) {
        return new Unit(code, "Chi bộ " + code, UnitKind.SUBORDINATE_BRANCH, new UnitCode("DUK-01"),
                LocalDate.parse(registeredOn));
    }
}
