package vn.pdv.aggregator.alert;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.pdv.aggregator.status.Status;

class ChangeRuleTest {

    @Test
    void anUnchangedStatusIsNeverNews() {
        for (Status status : Status.values()) {
            assertThat(ChangeRule.worthAnAlert(status, status)).as(status.name()).isFalse();
        }
    }

    @Test
    void aFirstJudgementIsNewsOnlyWhenAtRiskOrLagging() {
        assertThat(ChangeRule.worthAnAlert(null, Status.AT_RISK)).isTrue();
        assertThat(ChangeRule.worthAnAlert(null, Status.LAGGING)).isTrue();
        assertThat(ChangeRule.worthAnAlert(null, Status.ON_TRACK)).isFalse();
        assertThat(ChangeRule.worthAnAlert(null, Status.MET)).isFalse();
        assertThat(ChangeRule.worthAnAlert(null, Status.UNKNOWN)).isFalse();
    }

    @Test
    void aQuotaArrivingCountsAsAFirstJudgement() {
        assertThat(ChangeRule.worthAnAlert(Status.UNKNOWN, Status.LAGGING)).isTrue();
        assertThat(ChangeRule.worthAnAlert(Status.UNKNOWN, Status.ON_TRACK)).isFalse();
    }

    @Test
    void aWithdrawnQuotaIsNotNews() {
        assertThat(ChangeRule.worthAnAlert(Status.LAGGING, Status.UNKNOWN)).isFalse();
    }

    @Test
    void everyOtherChangeIsNewsForBetterOrWorse() {
        assertThat(ChangeRule.worthAnAlert(Status.ON_TRACK, Status.AT_RISK)).isTrue();
        assertThat(ChangeRule.worthAnAlert(Status.AT_RISK, Status.LAGGING)).isTrue();
        assertThat(ChangeRule.worthAnAlert(Status.LAGGING, Status.ON_TRACK)).isTrue();
        assertThat(ChangeRule.worthAnAlert(Status.ON_TRACK, Status.MET)).isTrue();
    }
}
