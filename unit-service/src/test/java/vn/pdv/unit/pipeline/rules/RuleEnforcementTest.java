package vn.pdv.unit.pipeline.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.pdv.common.workingdays.WorkingDayCalendar;
import vn.pdv.unit.decision.Bilingual;
import vn.pdv.unit.decision.Finding;
import vn.pdv.unit.decision.RuleCode;
import vn.pdv.unit.decision.RuleViolation;

/** The split between rules that refuse a step and rules that record it with a finding. */
class RuleEnforcementTest {

    private static final DeadlineRules DEADLINES =
            new DeadlineRules(RuleSettingsFixture.defaultSettings(), WorkingDayCalendar.vietnam());
    private static final LocalDate RESOLUTION = LocalDate.of(2024, 3, 4);

    @Test
    void recordsALateDecisionWithHowManyWorkingDaysLate() {
        LocalDate due = DEADLINES.decisionDueBy(RESOLUTION, false);
        LocalDate late = WorkingDayCalendar.vietnam().addWorkingDays(due, 7);

        var judgement = RuleEnforcement.defaults().judge(DEADLINES.checkDecision(RESOLUTION, late, false).violations());

        assertThat(judgement.refusals()).isEmpty();
        assertThat(judgement.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.code()).isEqualTo(RuleCode.DECISION_DEADLINE);
            assertThat(finding.workingDaysLate()).isEqualTo(7);
            assertThat(finding.values()).containsEntry("dueBy", due.toString()).containsEntry("stepOn", late.toString());
            assertThat(finding.message().vi()).contains("chậm 7 ngày làm việc");
        });
    }

    @Test
    void refusesTheRulesThatProtectTheStandardAndRecordsTheRestOfTheSameStep() {
        var judgement = RuleEnforcement.defaults().judge(List.of(violation(RuleCode.VOTE_THRESHOLD),
                violation(RuleCode.STALE_DOSSIER), violation(RuleCode.AGE_RANGE)));

        assertThat(judgement.refusals()).extracting(RuleViolation::code)
                .containsExactly(RuleCode.VOTE_THRESHOLD, RuleCode.AGE_RANGE);
        assertThat(judgement.findings()).extracting(Finding::code).containsExactly(RuleCode.STALE_DOSSIER);
    }

    @Test
    void alwaysRefusesWhatIsNotConfigurable() {
        RuleEnforcement lenient = RuleEnforcement.of(Map.of(RuleCode.VOTE_THRESHOLD, Enforcement.RECORD_WITH_FINDING));

        var judgement = lenient.judge(List.of(violation(RuleCode.STEP_OUT_OF_ORDER), violation(RuleCode.VOTE_THRESHOLD)));

        assertThat(judgement.refusals()).extracting(RuleViolation::code).containsExactly(RuleCode.STEP_OUT_OF_ORDER);
        assertThat(judgement.findings()).extracting(Finding::code).containsExactly(RuleCode.VOTE_THRESHOLD);
    }

    @Test
    void neverKeepsADateOfBirthOnAFinding() {
        RuleEnforcement lenient = RuleEnforcement.of(Map.of(RuleCode.AGE_RANGE, Enforcement.RECORD_WITH_FINDING));
        var underAge = new AgeRule(RuleSettingsFixture.defaultSettings())
                .check(LocalDate.of(2007, 5, 1), LocalDate.of(2024, 3, 4));

        Finding finding = lenient.judge(underAge.violations()).findings().getFirst();

        assertThat(finding.values()).doesNotContainKeys("dateOfBirth", "eligibleOn", "ageInMonths")
                .containsKey("minimumAgeInMonths");
        assertThat(finding.values().values()).doesNotContain("2007-05-01");
    }

    private static RuleViolation violation(RuleCode code) {
        return new RuleViolation(code, Map.of(), Bilingual.of("vi", "en"), Bilingual.of("vi", "en"));
    }
}
