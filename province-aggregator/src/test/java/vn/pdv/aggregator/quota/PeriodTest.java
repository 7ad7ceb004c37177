package vn.pdv.aggregator.quota;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PeriodTest {

    @Test
    void aTermCoversItsYearsAndAYearItsQuarters() {
        assertThat(Period.term(2020, 2025).contains(Period.year(2024))).isTrue();
        assertThat(Period.term(2020, 2025).contains(Period.year(2026))).isFalse();
        assertThat(Period.year(2024).contains(Period.quarter(2024, 4))).isTrue();
        assertThat(Period.halfYear(2024, 2).contains(Period.quarter(2024, 3))).isTrue();
        assertThat(Period.halfYear(2024, 1).contains(Period.quarter(2024, 3))).isFalse();
    }

    @Test
    void namesItselfInBothLanguages() {
        assertThat(Period.quarter(2024, 2).vietnamese()).isEqualTo("quý II/2024");
        assertThat(Period.term(2020, 2025).english()).isEqualTo("term 2020–2025");
    }
}
