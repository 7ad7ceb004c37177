package vn.pdv.unit.pipeline.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.pdv.unit.pipeline.rules.RuleSettingsFixture.defaultSettings;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.pdv.unit.decision.RuleCode;

class SympathiserPeriodRuleTest {

    private static final LocalDate ADDED = LocalDate.of(2025, 4, 1);

    @Test
    void byDefaultVerificationMayStartAsSoonAsTheCandidateIsOnTheList() {
        SympathiserPeriodRule rule = new SympathiserPeriodRule(defaultSettings());

        assertThat(rule.check(ADDED, ADDED).isSatisfied()).isTrue();
    }

    @Test
    void aCommitteeRequiringAYearRefusesVerificationADayEarly() {
        SympathiserPeriodRule rule = new SympathiserPeriodRule(defaultSettings().withMinimumSympathiserPeriod(Months.of(12)));

        assertThat(rule.check(ADDED, LocalDate.of(2026, 4, 1)).isSatisfied()).isTrue();
        RuleCheck early = rule.check(ADDED, LocalDate.of(2026, 3, 31));
        assertThat(early.violations()).singleElement().satisfies(violation -> {
            assertThat(violation.code()).isEqualTo(RuleCode.SYMPATHISER_PERIOD);
            assertThat(violation.values()).containsEntry("monthsOnList", "11").containsEntry("earliestOn", "2026-04-01");
        });
    }
}
