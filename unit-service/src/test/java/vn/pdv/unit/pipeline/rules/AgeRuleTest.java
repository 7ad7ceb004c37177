package vn.pdv.unit.pipeline.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.pdv.unit.pipeline.rules.RuleSettingsFixture.defaultSettings;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.pdv.common.workingdays.WorkingDays;
import vn.pdv.unit.decision.RuleCode;
import vn.pdv.unit.decision.RuleViolation;

class AgeRuleTest {

    private static final LocalDate BORN = LocalDate.of(2007, 6, 15);

    private final AgeRule rule = new AgeRule(defaultSettings());

    @Test
    void acceptsACandidateOfExactlyEighteenYears() {
        assertThat(rule.check(BORN, LocalDate.of(2025, 6, 15)).isSatisfied()).isTrue();
    }

    @Test
    void refusesACandidateOneDayShortOfEighteen() {
        RuleCheck check = rule.check(BORN, LocalDate.of(2025, 6, 14));

        assertThat(check.violations()).singleElement().satisfies(violation -> {
            assertThat(violation.code()).isEqualTo(RuleCode.AGE_RANGE);
            assertThat(violation.values()).containsEntry("ageInMonths", "215")
                    .containsEntry("minimumAgeInMonths", "216")
                    .containsEntry("eligibleOn", "2025-06-15");
            assertThat(violation.message().vi()).contains("17 năm 11 tháng");
            assertThat(violation.fix().en()).contains("2025-06-15");
        });
    }

    @Test
    void acceptsSixtyYearsAndLessThanAMonth() {
        LocalDate born = LocalDate.of(1965, 3, 10);
        assertThat(rule.check(born, LocalDate.of(2025, 3, 10)).isSatisfied()).isTrue();
        assertThat(rule.check(born, LocalDate.of(2025, 4, 9)).isSatisfied()).isTrue();
    }

    @Test
    void sixtyYearsAndOneMonthNeedsTheProvincialCommittee() {
        RuleCheck check = rule.check(LocalDate.of(1965, 3, 10), LocalDate.of(2025, 4, 10));

        assertThat(check).isInstanceOf(RuleCheck.ApprovalRequired.class);
        assertThat(check.violations()).isEmpty();
        assertThat(check.approvalsRequired()).singleElement().satisfies(approval -> {
            assertThat(approval.code()).isEqualTo(RuleCode.AGE_OVER_LIMIT);
            assertThat(approval.authority()).isEqualTo(ApprovingAuthority.PROVINCIAL_COMMITTEE);
            assertThat(approval.values()).containsEntry("ageInMonths", "721");
        });
        assertThat(check.withApprovalsGranted(Set.of(ApprovingAuthority.PROVINCIAL_COMMITTEE)).isSatisfied()).isTrue();
    }

    @Test
    void followsTheCommitteesSettings() {
        RuleSettings older = new RuleSettings(Months.ofYears(20), Months.ofYears(55), 30, Months.of(60), Months.of(12),
                VoteThreshold.twoThirds(), WorkingDays.of(60), WorkingDays.of(30), WorkingDays.of(30), Months.of(12),
                WorkingDays.of(30), WorkingDays.of(30), WorkingDays.of(30), Months.of(12), Months.of(0));
        AgeRule strict = new AgeRule(older);

        assertThat(strict.check(BORN, LocalDate.of(2026, 6, 15)).violations()).extracting(RuleViolation::code)
                .containsExactly(RuleCode.AGE_RANGE);
        assertThat(strict.check(BORN, LocalDate.of(2027, 6, 15)).isSatisfied()).isTrue();
    }
}
