package vn.pdv.aggregator.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.pdv.aggregator.quota.Attribute;

/** Seed 003's "admit 3–4% of membership a year" and seed 001's "at least 70% youth-union", judged. */
class RatioTargetTest {

    private static final RatioTarget THREE_TO_FOUR = RatioTarget.shareOfMembership(3, 4);

    @Test
    void aRangeIsNotMetBelowItsBottomMetWithinAndExceededAboveItsTop() {
        assertThat(THREE_TO_FOUR.judge(29, 1000)).contains(Fulfilment.NOT_MET);
        assertThat(THREE_TO_FOUR.judge(30, 1000)).as("3.0% exactly").contains(Fulfilment.MET);
        assertThat(THREE_TO_FOUR.judge(35, 1000)).contains(Fulfilment.MET);
        assertThat(THREE_TO_FOUR.judge(40, 1000)).as("4.0% exactly").contains(Fulfilment.MET);
        assertThat(THREE_TO_FOUR.judge(41, 1000)).contains(Fulfilment.EXCEEDED);
    }

    @Test
    void comparesExactlyNotAfterRounding() {
        // 2.995% prints as 3.0% but is below 3%; 4.004% prints as 4.0% but is above 4%.
        assertThat(THREE_TO_FOUR.judge(599, 20000)).contains(Fulfilment.NOT_MET);
        assertThat(THREE_TO_FOUR.judge(1001, 25000)).contains(Fulfilment.EXCEEDED);
    }

    @Test
    void aShareWithoutATopIsMetFromItsBottomUpAndNeverExceededByItself() {
        RatioTarget youth = new RatioTarget.ShareOfQuota(Attribute.YOUTH_UNION, BigDecimal.valueOf(70));

        assertThat(youth.judge(69, 100)).contains(Fulfilment.NOT_MET);
        assertThat(youth.judge(7, 10)).contains(Fulfilment.MET);
        assertThat(youth.judge(10, 10)).contains(Fulfilment.MET);
    }

    @Test
    void nothingToJudgeWithoutAWhole() {
        assertThat(THREE_TO_FOUR.judge(0, 0)).isEmpty();
    }

    @Test
    void aRangeUpsideDownIsNoTarget() {
        assertThatIllegalArgumentException().isThrownBy(() -> new RatioTarget.ShareOfMembership(BigDecimal.valueOf(4),
                Optional.of(BigDecimal.valueOf(3))));
    }

    @Test
    void printsAsAPlanWouldPrintIt() {
        assertThat(THREE_TO_FOUR.rangeVi()).isEqualTo("từ 3–4%");
        assertThat(RatioTarget.atLeastShareOfMembership(new BigDecimal("4.5")).rangeVi()).isEqualTo("từ 4,5% trở lên");
        assertThat(THREE_TO_FOUR.rangeEn()).isEqualTo("3–4%");
    }

    @Test
    void aCountAgainstItsQuotaIsExceededAboveMetAtAndNotMetBelow() {
        assertThat(Fulfilment.ofCount(149, 145)).isEqualTo(Fulfilment.EXCEEDED);
        assertThat(Fulfilment.ofCount(145, 145)).isEqualTo(Fulfilment.MET);
        assertThat(Fulfilment.ofCount(144, 145)).isEqualTo(Fulfilment.NOT_MET);
    }
}
