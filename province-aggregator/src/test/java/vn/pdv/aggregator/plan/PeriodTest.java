package vn.pdv.aggregator.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PeriodTest {

    @Test
    void readsTheWaysPlansHeadTheirPeriodColumns() {
        assertThat(Period.parse("Năm 2024")).contains(Period.year(2024));
        assertThat(Period.parse("NĂM  2025 ")).contains(Period.year(2025));
        assertThat(Period.parse("2024")).contains(Period.year(2024));
        assertThat(Period.parse("Chỉ tiêu năm 2024")).contains(Period.year(2024));
        assertThat(Period.parse("Nhiệm kỳ 2020 - 2025")).contains(Period.term(2020, 2025));
        assertThat(Period.parse("Giai đoạn 2020–2025")).contains(Period.term(2020, 2025));
        assertThat(Period.parse("Quý I/2024")).contains(Period.quarter(2024, 1));
        assertThat(Period.parse("Quý 3 năm 2024")).contains(Period.quarter(2024, 3));
        assertThat(Period.parse("6 tháng đầu năm 2024")).contains(Period.halfYear(2024, 1));
        assertThat(Period.parse("6 tháng cuối năm 2024")).contains(Period.halfYear(2024, 2));
    }

    @Test
    void doesNotTakeOtherHeadersForPeriods() {
        assertThat(Period.parse("Chỉ tiêu phát triển đảng viên")).isEmpty();
        assertThat(Period.parse("Tổng cộng")).isEmpty();
        assertThat(Period.parse("năm 2024 và năm 2025")).isEmpty();
        assertThat(Period.parse("2025 - 2020")).isEmpty();
    }

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
