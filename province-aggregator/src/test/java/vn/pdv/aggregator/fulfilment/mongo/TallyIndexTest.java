package vn.pdv.aggregator.fulfilment.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TallyIndexTest {

    @Test
    void aPackedCounterKeepsItsPlaceAndItsSignedValue() {
        for (long value : new long[] {0, 1, -1, 42, -42, (1L << 39) - 1, -(1L << 39), Integer.MAX_VALUE * 3L}) {
            long packed = TallyIndex.packed(731, value);

            assertThat(TallyIndex.keyOf(packed)).isEqualTo(731);
            assertThat(TallyIndex.valueOf(packed)).isEqualTo(value);
        }
    }

    @Test
    void refusesACounterBeyondFortyBitsRatherThanSumItWrong() {
        assertThatThrownBy(() -> TallyIndex.packed(1, 1L << 39)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> TallyIndex.packed(1, -(1L << 39) - 1)).isInstanceOf(IllegalStateException.class);
    }
}
