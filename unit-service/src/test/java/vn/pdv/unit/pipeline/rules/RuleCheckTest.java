package vn.pdv.unit.pipeline.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.pdv.unit.decision.Bilingual;
import vn.pdv.unit.decision.RuleCode;
import vn.pdv.unit.decision.RuleViolation;

class RuleCheckTest {

    private static final RuleViolation LATE = new RuleViolation(RuleCode.DECISION_DEADLINE, Map.of(),
            Bilingual.of("muộn", "late"), Bilingual.of("gia hạn", "extend"));
    private static final RequiredApproval OLD = new RequiredApproval(RuleCode.AGE_OVER_LIMIT,
            ApprovingAuthority.PROVINCIAL_COMMITTEE, Map.of(), Bilingual.of("quá tuổi", "over age"));

    @Test
    void combinedChecksAreSatisfiedOnlyWhenAllAre() {
        assertThat(RuleCheck.allOf(RuleCheck.satisfied(), RuleCheck.satisfied()).isSatisfied()).isTrue();
        assertThat(RuleCheck.allOf(RuleCheck.satisfied(), RuleCheck.violated(LATE)).violations()).containsExactly(LATE);
    }

    @Test
    void aViolationOutweighsAnApprovalBecauseNoApprovalCuresIt() {
        RuleCheck combined = RuleCheck.allOf(RuleCheck.approvalRequired(OLD), RuleCheck.violated(LATE));

        assertThat(combined).isInstanceOf(RuleCheck.Violated.class);
        assertThat(combined.withApprovalsGranted(Set.of(ApprovingAuthority.PROVINCIAL_COMMITTEE)).violations())
                .containsExactly(LATE);
    }

    @Test
    void approvalsNotYetGrantedStayPending() {
        RuleCheck needsApproval = RuleCheck.allOf(RuleCheck.satisfied(), RuleCheck.approvalRequired(OLD));

        assertThat(needsApproval.isSatisfied()).isFalse();
        assertThat(needsApproval.withApprovalsGranted(Set.of()).approvalsRequired()).containsExactly(OLD);
        assertThat(needsApproval.withApprovalsGranted(Set.of(ApprovingAuthority.PROVINCIAL_COMMITTEE)).isSatisfied()).isTrue();
    }

    @Test
    void violationValuesKeepTheirOrderAndCannotBeChanged() {
        RuleViolation violation = new RuleViolation(RuleCode.VOTE_THRESHOLD, Facts.values("b", 1, "a", 2),
                Bilingual.of("x", "x"), Bilingual.of("y", "y"));

        assertThat(violation.values().keySet()).containsExactly("b", "a");
        assertThat(violation.values()).isUnmodifiable();
    }
}
