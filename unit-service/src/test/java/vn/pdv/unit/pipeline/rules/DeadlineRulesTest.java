package vn.pdv.unit.pipeline.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.pdv.unit.pipeline.rules.RuleSettingsFixture.defaultSettings;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.pdv.common.workingdays.WorkingDayCalendar;
import vn.pdv.unit.decision.RuleCode;
import vn.pdv.unit.decision.RuleViolation;

class DeadlineRulesTest {

    private static final LocalDate RESOLUTION = LocalDate.of(2026, 1, 5);

    private final DeadlineRules rules = new DeadlineRules(defaultSettings(), WorkingDayCalendar.vietnam());

    @Test
    void theDecisionIsDueSixtyWorkingDaysAfterTheBranchResolution() {
        // Counting uses the make-up Saturday 10/1 and skips Tết 16–20/2; the 60th working day is Friday 3/4/2026.
        assertThat(rules.decisionDueBy(RESOLUTION, false)).isEqualTo(LocalDate.of(2026, 4, 3));
        assertThat(rules.checkDecision(RESOLUTION, LocalDate.of(2026, 4, 3), false).isSatisfied()).isTrue();
    }

    @Test
    void refusesADecisionTheWorkingDayAfterTheDeadline() {
        RuleCheck check = rules.checkDecision(RESOLUTION, LocalDate.of(2026, 4, 6), false);

        assertThat(check.violations()).singleElement().satisfies(violation -> {
            assertThat(violation.code()).isEqualTo(RuleCode.DECISION_DEADLINE);
            assertThat(violation.values()).containsEntry("dueBy", "2026-04-03").containsEntry("workingDaysLate", "1");
            assertThat(violation.fix().en()).contains("extension of 30 working days");
        });
    }

    @Test
    void anExtensionAddsThirtyWorkingDays() {
        // From 6/4: Giỗ Tổ's compensatory 27/4 and 30/4–1/5 are skipped; the 90th working day is Wednesday 20/5/2026.
        assertThat(rules.decisionDueBy(RESOLUTION, true)).isEqualTo(LocalDate.of(2026, 5, 20));
        assertThat(rules.checkDecision(RESOLUTION, LocalDate.of(2026, 5, 20), true).isSatisfied()).isTrue();
        assertThat(rules.checkDecision(RESOLUTION, LocalDate.of(2026, 5, 21), true).violations())
                .extracting(RuleViolation::code).containsExactly(RuleCode.DECISION_DEADLINE);
    }

    @Test
    void theCeremonyIsDueThirtyWorkingDaysAfterTheDecision() {
        LocalDate decided = LocalDate.of(2026, 1, 19);

        assertThat(rules.ceremonyDueBy(decided)).as("Tết 16–20/2 is not counted").isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(rules.checkCeremony(decided, LocalDate.of(2026, 3, 9)).isSatisfied()).isTrue();
        assertThat(rules.checkCeremony(decided, LocalDate.of(2026, 3, 10)).violations())
                .extracting(RuleViolation::code).containsExactly(RuleCode.CEREMONY_DEADLINE);
    }

    @Test
    void refusesAStepDatedBeforeTheOneItFollows() {
        assertThat(rules.checkCeremony(RESOLUTION, RESOLUTION.minusDays(1)).violations())
                .extracting(RuleViolation::code).containsExactly(RuleCode.STEP_OUT_OF_ORDER);
    }

    @Test
    void probationEndsTwelveMonthsAfterAdmission() {
        assertThat(rules.probationEndsOn(LocalDate.of(2025, 5, 19))).isEqualTo(LocalDate.of(2026, 5, 19));
    }

    @Test
    void refusesARecognitionVoteBeforeProbationEnds() {
        RuleCheck check = rules.checkRecognitionConsideration(LocalDate.of(2025, 5, 19), LocalDate.of(2026, 5, 18));

        assertThat(check.violations()).singleElement().satisfies(violation -> {
            assertThat(violation.code()).isEqualTo(RuleCode.PROBATION_NOT_COMPLETED);
            assertThat(violation.values()).containsEntry("probationEndsOn", "2026-05-19");
        });
    }

    @Test
    void theBranchConsidersRecognitionWithinThirtyWorkingDaysAfterProbation() {
        LocalDate admitted = LocalDate.of(2025, 5, 19);

        assertThat(rules.recognitionConsiderationDueBy(admitted)).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(rules.checkRecognitionConsideration(admitted, LocalDate.of(2026, 5, 19)).isSatisfied()).isTrue();
        assertThat(rules.checkRecognitionConsideration(admitted, LocalDate.of(2026, 6, 30)).isSatisfied()).isTrue();
        assertThat(rules.checkRecognitionConsideration(admitted, LocalDate.of(2026, 7, 1)).violations())
                .extracting(RuleViolation::code).containsExactly(RuleCode.RECOGNITION_CONSIDERATION_DEADLINE);
    }

    @Test
    void theRecognitionDecisionIsDueThirtyWorkingDaysAfterTheBranchPlusThirtyIfExtended() {
        LocalDate resolution = LocalDate.of(2026, 6, 30);

        assertThat(rules.recognitionDecisionDueBy(resolution, false)).isEqualTo(LocalDate.of(2026, 8, 11));
        // The extension runs over Quốc khánh (1–2/9/2026).
        assertThat(rules.recognitionDecisionDueBy(resolution, true)).isEqualTo(LocalDate.of(2026, 9, 24));
        assertThat(rules.checkRecognitionDecision(resolution, LocalDate.of(2026, 8, 11), false).isSatisfied()).isTrue();
        assertThat(rules.checkRecognitionDecision(resolution, LocalDate.of(2026, 8, 12), false).violations())
                .extracting(RuleViolation::code).containsExactly(RuleCode.RECOGNITION_DECISION_DEADLINE);
        assertThat(rules.checkRecognitionDecision(resolution, LocalDate.of(2026, 8, 12), true).isSatisfied()).isTrue();
    }
}
