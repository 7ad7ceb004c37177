package vn.pdv.unit.pipeline.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import vn.pdv.unit.decision.RuleCode;
import vn.pdv.unit.pipeline.rules.Enforcement;
import vn.pdv.unit.pipeline.rules.Months;
import vn.pdv.unit.pipeline.rules.RuleEnforcement;
import vn.pdv.unit.pipeline.rules.RuleSettings;
import vn.pdv.unit.pipeline.rules.RuleSettingsFixture;
import vn.pdv.unit.pipeline.rules.SchoolingMinimum;
import vn.pdv.unit.pipeline.rules.VoteThreshold;
import vn.pdv.common.workingdays.WorkingDays;

/** A committee's configuration sets its local practice; whatever it leaves out keeps DOMAIN.md's figures. */
class RulePropertiesTest {

    /** DOMAIN.md, "The candidate pipeline and the rules it follows". */
    @Test
    void withNothingSetTheSettingsAreTheDefaults() {
        assertThat(bind(Map.of()).toSettings()).isEqualTo(new RuleSettings(
                Months.ofYears(18), Months.ofYears(60), 30, Months.of(60), Months.of(12), new VoteThreshold(2, 3),
                WorkingDays.of(60), WorkingDays.of(30), WorkingDays.of(30), Months.of(12), WorkingDays.of(30),
                WorkingDays.of(30), WorkingDays.of(30), Months.of(12), Months.of(0)));
    }

    @Test
    void aCommitteeSetsItsOwnMinimumTimeOnTheSympathiserListAndVoteThreshold() {
        RuleSettings settings = bind(Map.of("pdv.rules.minimum-sympathiser-months", "12",
                "pdv.rules.vote-threshold-numerator", "3", "pdv.rules.vote-threshold-denominator", "4")).toSettings();

        assertThat(settings.minimumSympathiserPeriod()).isEqualTo(Months.of(12));
        assertThat(settings.voteThreshold()).isEqualTo(new VoteThreshold(3, 4));
        assertThat(settings.certificateValidity()).isEqualTo(Months.of(60));
    }

    @Test
    void schoolingIsLowerSecondaryUnlessTheCommitteeNamesItsAreaOrBranchesAsExceptions() {
        assertThat(bind(Map.of()).toSchooling()).isEqualTo(SchoolingMinimum.defaults());
        assertThat(SchoolingMinimum.defaults().gradesFor("XA-B07")).isEqualTo(9);

        SchoolingMinimum hills = bind(Map.of("pdv.rules.schooling-exception-branches", "XA-B07,XA-B09")).toSchooling();
        SchoolingMinimum island = bind(Map.of("pdv.rules.schooling-exception-area", "true")).toSchooling();

        assertThat(hills.gradesFor("XA-B07")).isEqualTo(5);
        assertThat(hills.gradesFor("XA-B01")).isEqualTo(9);
        assertThat(island.gradesFor("XA-B01")).isEqualTo(5);
    }

    /** The helm chart sets it so ({@code extraEnv}); nothing in {@code unit-service.yml} has to name the variable. */
    @Test
    void aCommitteeSetsItsMinimumTimeOnTheSympathiserListByEnvironment() {
        var environment = new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                Map.of("PDV_RULES_MINIMUM_SYMPATHISER_MONTHS", "12"));

        RuleProperties bound = new Binder(ConfigurationPropertySource.from(environment))
                .bindOrCreate("pdv.rules", RuleProperties.class);

        assertThat(bound.toSettings().minimumSympathiserPeriod()).isEqualTo(Months.of(12));
    }

    @Test
    void withNothingSetDeadlinesAndAStaleDossierRecordWithAFindingAndTheStandardRefuses() {
        RuleEnforcement enforcement = bind(Map.of()).toEnforcement();

        assertThat(enforcement.of(RuleCode.DECISION_DEADLINE)).isEqualTo(Enforcement.RECORD_WITH_FINDING);
        assertThat(enforcement.of(RuleCode.STALE_DOSSIER)).isEqualTo(Enforcement.RECORD_WITH_FINDING);
        assertThat(enforcement.of(RuleCode.VOTE_THRESHOLD)).isEqualTo(Enforcement.REFUSE);
        assertThat(enforcement.of(RuleCode.AGE_RANGE)).isEqualTo(Enforcement.REFUSE);
    }

    @Test
    void aCommitteeChoosesWhichRulesRefuseByRuleCode() {
        RuleEnforcement enforcement = bind(Map.of("pdv.rules.enforcement.CEREMONY_DEADLINE", "REFUSE",
                "pdv.rules.enforcement.SYMPATHISER_PERIOD", "RECORD_WITH_FINDING")).toEnforcement();

        assertThat(enforcement.of(RuleCode.CEREMONY_DEADLINE)).isEqualTo(Enforcement.REFUSE);
        assertThat(enforcement.of(RuleCode.SYMPATHISER_PERIOD)).isEqualTo(Enforcement.RECORD_WITH_FINDING);
        assertThat(enforcement.of(RuleCode.DECISION_DEADLINE)).isEqualTo(Enforcement.RECORD_WITH_FINDING);
    }

    @Test
    void aCommitteeChoosesByEnvironmentToo() {
        var environment = new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                Map.of("PDV_RULES_ENFORCEMENT_CEREMONY_DEADLINE", "REFUSE"));

        RuleProperties bound = new Binder(ConfigurationPropertySource.from(environment))
                .bindOrCreate("pdv.rules", RuleProperties.class);

        assertThat(bound.toEnforcement().of(RuleCode.CEREMONY_DEADLINE)).isEqualTo(Enforcement.REFUSE);
    }

    @Test
    void aCommitteeCannotLetARuleThatProtectsTheRecordThrough() {
        RuleProperties bound = bind(Map.of("pdv.rules.enforcement.VOTE_COUNTS_INCONSISTENT", "RECORD_WITH_FINDING"));

        assertThatThrownBy(bound::toEnforcement).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("VOTE_COUNTS_INCONSISTENT");
    }

    private static RuleProperties bind(Map<String, String> properties) {
        return RuleSettingsFixture.boundFrom(properties);
    }
}
