package vn.pdv.unit.pipeline.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.pdv.unit.pipeline.rules.RuleSettingsFixture.defaultSettings;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.pdv.unit.decision.RuleCode;

class StaleDossierRuleTest {

    private static final LocalDate PREPARED = LocalDate.of(2025, 8, 20);

    private final StaleDossierRule rule = new StaleDossierRule(defaultSettings());

    @Test
    void acceptsConsiderationUpToTwelveMonthsAfterPreparation() {
        assertThat(rule.check(PREPARED, LocalDate.of(2026, 8, 20)).isSatisfied()).isTrue();
    }

    @Test
    void refusesAStaleDossierAndSaysWhatToRedo() {
        RuleCheck check = rule.check(PREPARED, LocalDate.of(2026, 8, 21));

        assertThat(check.violations()).singleElement().satisfies(violation -> {
            assertThat(violation.code()).isEqualTo(RuleCode.STALE_DOSSIER);
            assertThat(violation.values()).containsEntry("freshThrough", "2026-08-20");
            assertThat(violation.fix().en()).contains("Redo the introductions and the comments");
            assertThat(violation.fix().vi()).contains("Làm lại");
        });
    }
}
