package vn.pdv.aggregator.rating;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.pdv.aggregator.plan.Fulfilment;

/** The overall rating from its inputs: any shortfall is không đạt, else any excess vượt, else đạt. */
class RatingTest {

    @Test
    void anyInputShortMakesTheUnitNotMetWhateverElseItExceeded() {
        assertThat(Rating.overall(List.of(Fulfilment.EXCEEDED, Fulfilment.NOT_MET))).contains(Fulfilment.NOT_MET);
    }

    @Test
    void noneShortAndOneExceededIsExceeded() {
        assertThat(Rating.overall(List.of(Fulfilment.MET, Fulfilment.EXCEEDED))).contains(Fulfilment.EXCEEDED);
    }

    @Test
    void allMetIsMet() {
        assertThat(Rating.overall(List.of(Fulfilment.MET, Fulfilment.MET))).contains(Fulfilment.MET);
    }

    @Test
    void withoutQuotaOrTargetThereIsNoRating() {
        assertThat(Rating.overall(List.of())).isEmpty();
    }
}
