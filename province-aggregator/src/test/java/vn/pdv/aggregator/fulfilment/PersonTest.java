package vn.pdv.aggregator.fulfilment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonTest {

    @Test
    void countsAPersonOnceInEveryCounterThatApplies() {
        var person = new Person(true, 2000, true, false, true, true);

        assertThat(person.counters(2024, false)).containsExactlyInAnyOrder(Counter.TOTAL, Counter.FEMALE,
                Counter.ETHNIC_MINORITY, Counter.YOUTH_UNION, Counter.TRADE_UNION, Counter.AGE_18_TO_30);
    }

    @Test
    void countsAgeEighteenToThirtyByTheYearCounted() {
        var bornIn1994 = new Person(false, 1994, false, false, false, false);

        assertThat(bornIn1994.counters(2024, false)).contains(Counter.AGE_18_TO_30);
        assertThat(bornIn1994.counters(2025, false)).doesNotContain(Counter.AGE_18_TO_30);
    }

    @Test
    void countsReadmissionsApart() {
        assertThat(new Person(false, null, false, false, false, false).counters(2024, true))
                .containsExactlyInAnyOrder(Counter.TOTAL, Counter.READMISSION);
    }
}
