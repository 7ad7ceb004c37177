package vn.pdv.unit.pipeline.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.pdv.unit.pipeline.rules.RuleSettingsFixture.defaultSettings;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.pdv.unit.decision.RuleCode;
import vn.pdv.unit.decision.RuleViolation;

class CertificateRuleTest {

    private static final LocalDate ISSUED = LocalDate.of(2020, 3, 15);

    private final CertificateRule rule = new CertificateRule(defaultSettings());

    @Test
    void isValidThroughSixtyMonthsAfterIssue() {
        assertThat(rule.validThrough(ISSUED)).isEqualTo(LocalDate.of(2025, 3, 15));
        assertThat(rule.check(Optional.of(ISSUED), LocalDate.of(2025, 3, 15)).isSatisfied()).isTrue();
    }

    @Test
    void refusesTheDayAfterValidityEnds() {
        RuleCheck check = rule.check(Optional.of(ISSUED), LocalDate.of(2025, 3, 16));

        assertThat(check.violations()).singleElement().satisfies(violation -> {
            assertThat(violation.code()).isEqualTo(RuleCode.CERTIFICATE_EXPIRED);
            assertThat(violation.values()).containsEntry("validThrough", "2025-03-15").containsEntry("checkedOn", "2025-03-16");
            assertThat(violation.fix().vi()).contains("học lại");
        });
    }

    @Test
    void refusesWhenThereIsNoCertificateYet() {
        assertThat(rule.check(Optional.empty(), LocalDate.of(2025, 1, 1)).violations())
                .extracting(RuleViolation::code).containsExactly(RuleCode.CERTIFICATE_MISSING);
        assertThat(rule.check(Optional.of(LocalDate.of(2025, 1, 2)), LocalDate.of(2025, 1, 1)).violations())
                .extracting(RuleViolation::code).containsExactly(RuleCode.CERTIFICATE_MISSING);
    }

    @Test
    void validityIsACommitteeSetting() {
        CertificateRule shorter = new CertificateRule(defaultSettings().withCertificateValidity(Months.of(36)));

        assertThat(shorter.check(Optional.of(ISSUED), LocalDate.of(2023, 3, 15)).isSatisfied()).isTrue();
        assertThat(shorter.check(Optional.of(ISSUED), LocalDate.of(2023, 3, 16)).isSatisfied()).isFalse();
    }
}
