package vn.pdv.aggregator.plan.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.pdv.aggregator.quota.Period;

class HeaderLabelsTest {

    @Test
    void readsTheWaysPlansHeadTheirPeriodColumns() {
        assertThat(HeaderLabels.period("Năm 2024")).contains(Period.year(2024));
        assertThat(HeaderLabels.period("NĂM  2025 ")).contains(Period.year(2025));
        assertThat(HeaderLabels.period("2024")).contains(Period.year(2024));
        assertThat(HeaderLabels.period("Chỉ tiêu năm 2024")).contains(Period.year(2024));
        assertThat(HeaderLabels.period("Nhiệm kỳ 2020 - 2025")).contains(Period.term(2020, 2025));
        assertThat(HeaderLabels.period("Giai đoạn 2020–2025")).contains(Period.term(2020, 2025));
        assertThat(HeaderLabels.period("Quý I/2024")).contains(Period.quarter(2024, 1));
        assertThat(HeaderLabels.period("Quý 3 năm 2024")).contains(Period.quarter(2024, 3));
        assertThat(HeaderLabels.period("6 tháng đầu năm 2024")).contains(Period.halfYear(2024, 1));
        assertThat(HeaderLabels.period("6 tháng cuối năm 2024")).contains(Period.halfYear(2024, 2));
    }

    @Test
    void doesNotTakeOtherHeadersForPeriods() {
        assertThat(HeaderLabels.period("Chỉ tiêu phát triển đảng viên")).isEmpty();
        assertThat(HeaderLabels.period("Tổng cộng")).isEmpty();
        assertThat(HeaderLabels.period("năm 2024 và năm 2025")).isEmpty();
        assertThat(HeaderLabels.period("2025 - 2020")).isEmpty();
    }
}
