package vn.pdv.aggregator.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

/** Seed 001's "Hằng năm, tổ chức từ 04 đến 05 lớp …": a count of classes a year, judged like the other range targets. */
class CountRangeTest {

    private static final CountRange FOUR_TO_FIVE = new CountRange(4, 5);

    @Test
    void aYearIsNotMetBelowFourMetFromFourToFiveInclusiveAndExceededAboveFive() {
        assertThat(FOUR_TO_FIVE.judge(0)).isEqualTo(Fulfilment.NOT_MET);
        assertThat(FOUR_TO_FIVE.judge(3)).isEqualTo(Fulfilment.NOT_MET);
        assertThat(FOUR_TO_FIVE.judge(4)).as("the bottom, inclusive").isEqualTo(Fulfilment.MET);
        assertThat(FOUR_TO_FIVE.judge(5)).as("the top, inclusive").isEqualTo(Fulfilment.MET);
        assertThat(FOUR_TO_FIVE.judge(6)).isEqualTo(Fulfilment.EXCEEDED);
    }

    @Test
    void partWayThroughTheYearOnlyWhatThePaceAsksOfTheBottomIsDue() {
        // Half the year gone: 4 × 0.5 = 2 classes due.
        assertThat(FOUR_TO_FIVE.expectedBy(0.5)).isEqualTo(2);
        assertThat(FOUR_TO_FIVE.judge(1, 0.5)).isEqualTo(Fulfilment.NOT_MET);
        assertThat(FOUR_TO_FIVE.judge(2, 0.5)).isEqualTo(Fulfilment.MET);
        // Rounded down, as a status rounds a quota's expected count: 4 × 0.2 = 0.8, none due yet.
        assertThat(FOUR_TO_FIVE.expectedBy(0.2)).isZero();
        assertThat(FOUR_TO_FIVE.judge(0, 0.2)).isEqualTo(Fulfilment.MET);
    }

    @Test
    void aboveTheYearsTopIsExceededWhateverTheDay() {
        assertThat(FOUR_TO_FIVE.judge(6, 0.5)).isEqualTo(Fulfilment.EXCEEDED);
    }

    @Test
    void anUpsideDownOrNegativeRangeIsNoTarget() {
        assertThatIllegalArgumentException().isThrownBy(() -> new CountRange(5, 4));
        assertThatIllegalArgumentException().isThrownBy(() -> new CountRange(-1, 4));
    }

    @Test
    void printsAsThePlanDoes() {
        assertThat(FOUR_TO_FIVE.rangeVi()).isEqualTo("từ 4 đến 5");
        assertThat(FOUR_TO_FIVE.rangeEn()).isEqualTo("4–5");
    }
}
