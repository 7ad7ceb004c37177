package vn.pdv.aggregator.fulfilment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class FigureTest {

    @Test
    void readsPerCentOfPlanToOneDecimalLikeTheDistrictReport() {
        assertThat(Figure.of(145, 148).percentOfPlan()).isEqualByComparingTo(new BigDecimal("102.1"));
    }

    @Test
    void roundsHalfUp() {
        assertThat(Figure.of(8, 1).percentOfPlan()).isEqualByComparingTo(new BigDecimal("12.5"));
        assertThat(Figure.of(3, 2).percentOfPlan()).isEqualByComparingTo(new BigDecimal("66.7"));
    }

    @Test
    void hasNoPercentWithoutAPositiveQuota() {
        assertThat(Figure.of(null, 4).percentOfPlan()).isNull();
        assertThat(Figure.of(0, 4).percentOfPlan()).isNull();
    }
}
