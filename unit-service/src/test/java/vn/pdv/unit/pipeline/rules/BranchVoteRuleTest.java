package vn.pdv.unit.pipeline.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.pdv.unit.pipeline.rules.RuleSettingsFixture.defaultSettings;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.pdv.unit.decision.RuleCode;
import vn.pdv.unit.decision.RuleViolation;

class BranchVoteRuleTest {

    private final BranchVoteRule rule = new BranchVoteRule(defaultSettings());

    @Test
    void tenOfFifteenOfficialMembersPass() {
        assertThat(rule.check(new BranchVote(15, 12, 10, 2)).isSatisfied()).isTrue();
    }

    @Test
    void nineOfFifteenFailEvenWhenEveryonePresentVotesFor() {
        RuleCheck check = rule.check(new BranchVote(15, 9, 9, 0));

        assertThat(check.violations()).singleElement().satisfies(violation -> {
            assertThat(violation.code()).isEqualTo(RuleCode.VOTE_THRESHOLD);
            assertThat(violation.values()).containsEntry("votesFor", "9").containsEntry("officialMembers", "15")
                    .containsEntry("votesRequired", "10");
            assertThat(violation.message().en()).contains("at least 10");
        });
    }

    @ParameterizedTest(name = "{1} of {0} official members for → passes: {2}")
    @CsvSource({
            "16, 11, true",   // 2/3 of 16 is 10.67: rounds up to 11
            "16, 10, false",
            "4, 3, true",     // 2.67 → 3
            "4, 2, false",
            "3, 2, true",     // exactly 2
            "5, 4, true",     // 3.33 → 4
            "5, 3, false",
            "1, 1, true"
    })
    void roundsTheTwoThirdsUp(int officialMembers, int votesFor, boolean passes) {
        assertThat(rule.check(new BranchVote(officialMembers, officialMembers, votesFor, 0)).isSatisfied()).isEqualTo(passes);
    }

    @Test
    void refusesCountsThatCannotBeTrue() {
        assertThat(rule.check(new BranchVote(15, 16, 10, 0)).violations())
                .extracting(RuleViolation::code).containsExactly(RuleCode.VOTE_COUNTS_INCONSISTENT);
        assertThat(rule.check(new BranchVote(15, 10, 10, 1)).violations())
                .extracting(RuleViolation::code).containsExactly(RuleCode.VOTE_COUNTS_INCONSISTENT);
        assertThat(rule.check(new BranchVote(0, 0, 0, 0)).violations())
                .extracting(RuleViolation::code).containsExactly(RuleCode.VOTE_COUNTS_INCONSISTENT);
    }

    @Test
    void theThresholdIsASetting() {
        BranchVoteRule threeQuarters = new BranchVoteRule(defaultSettings().withVoteThreshold(new VoteThreshold(3, 4)));

        assertThat(threeQuarters.check(new BranchVote(15, 15, 11, 0)).isSatisfied()).isFalse();
        assertThat(threeQuarters.check(new BranchVote(15, 15, 12, 0)).isSatisfied()).isTrue();
    }
}
