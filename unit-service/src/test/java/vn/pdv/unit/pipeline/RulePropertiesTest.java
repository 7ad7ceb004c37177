package vn.pdv.unit.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import vn.pdv.unit.pipeline.rules.Months;
import vn.pdv.unit.pipeline.rules.RuleSettings;
import vn.pdv.unit.pipeline.rules.VoteThreshold;

/** A committee's configuration sets its local practice; whatever it leaves out keeps DOMAIN.md's figures. */
class RulePropertiesTest {

    @Test
    void withNothingSetTheSettingsAreTheDefaults() {
        assertThat(bind(Map.of()).toSettings()).isEqualTo(RuleSettings.defaults());
    }

    @Test
    void aCommitteeSetsItsOwnMinimumTimeOnTheSympathiserListAndVoteThreshold() {
        RuleSettings settings = bind(Map.of("pdv.rules.minimum-sympathiser-months", "12",
                "pdv.rules.vote-threshold-numerator", "3", "pdv.rules.vote-threshold-denominator", "4")).toSettings();

        assertThat(settings.minimumSympathiserPeriod()).isEqualTo(Months.of(12));
        assertThat(settings.voteThreshold()).isEqualTo(new VoteThreshold(3, 4));
        assertThat(settings.certificateValidity()).isEqualTo(Months.of(60));
    }

    private static RuleProperties bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("pdv.rules", RuleProperties.class);
    }
}
