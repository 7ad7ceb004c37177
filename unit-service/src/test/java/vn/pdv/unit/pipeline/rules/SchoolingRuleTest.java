package vn.pdv.unit.pipeline.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.pdv.unit.decision.RuleCode;

/** DOMAIN.md rule 11: lower secondary in general, primary where the committee says its people live in an exception area. */
class SchoolingRuleTest {

    private static final LocalDate VOTED_ON = LocalDate.of(2024, 3, 12);

    private final SchoolingRule lowland = new SchoolingRule(SchoolingMinimum.defaults());
    private final SchoolingRule hillVillage = new SchoolingRule(new SchoolingMinimum(9, 5, false, Set.of("XA-B07")));

    @Test
    void lowerSecondaryCompletedIsEnoughAndPrimaryIsNot() {
        assertThat(lowland.check(OptionalInt.of(9), "XA-B01", VOTED_ON).isSatisfied()).isTrue();
        assertThat(lowland.check(OptionalInt.of(12), "XA-B01", VOTED_ON).isSatisfied()).isTrue();

        RuleCheck primary = lowland.check(OptionalInt.of(5), "XA-B01", VOTED_ON);

        assertThat(primary.violations()).singleElement().satisfies(violation -> {
            assertThat(violation.code()).isEqualTo(RuleCode.SCHOOLING_BELOW_MINIMUM);
            assertThat(violation.field()).isEqualTo("generalEducation");
            assertThat(violation.values()).containsEntry("gradesCompleted", "5").containsEntry("minimumGrades", "9");
            assertThat(violation.message().vi()).contains("tốt nghiệp tiểu học").contains("tốt nghiệp trung học cơ sở");
        });
    }

    @Test
    void primaryIsEnoughInABranchTheCommitteeNamesAsAnExceptionAreaOnly() {
        assertThat(hillVillage.check(OptionalInt.of(5), "XA-B07", VOTED_ON).isSatisfied()).isTrue();
        assertThat(hillVillage.check(OptionalInt.of(5), "XA-B01", VOTED_ON).violations())
                .extracting(violation -> violation.code()).containsExactly(RuleCode.SCHOOLING_BELOW_MINIMUM);
    }

    @Test
    void primaryIsEnoughEverywhereWhenTheWholeCommitteeIsAnExceptionArea() {
        SchoolingRule island = new SchoolingRule(new SchoolingMinimum(9, 5, true, Set.of()));

        assertThat(island.check(OptionalInt.of(5), "XA-B01", VOTED_ON).isSatisfied()).isTrue();
        assertThat(island.check(OptionalInt.of(4), "XA-B01", VOTED_ON).violations())
                .extracting(violation -> violation.values().get("minimumGrades")).containsExactly("5");
    }

    @Test
    void schoolingNotRecordedIsItsOwnRule() {
        assertThat(lowland.check(OptionalInt.empty(), "XA-B01", VOTED_ON).violations())
                .extracting(violation -> violation.code()).containsExactly(RuleCode.SCHOOLING_NOT_RECORDED);
        assertThat(new SchoolingRule(new SchoolingMinimum(0, 0, false, Set.of()))
                .check(OptionalInt.empty(), "XA-B01", VOTED_ON).isSatisfied())
                .as("a committee that sets no minimum does not ask").isTrue();
    }
}
