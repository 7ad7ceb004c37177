package vn.pdv.aggregator.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.quota.Metric;
import vn.pdv.aggregator.quota.Period;
import vn.pdv.aggregator.status.Status;
import vn.pdv.aggregator.status.UnitStatus;

class AlertMessagesTest {

    private static final UnitStatus LAGGING = new UnitStatus(new UnitCode("DUK-01-KN"), "Chi bộ Khối Nội chính",
            Metric.ADMISSIONS, Period.year(2024), LocalDate.of(2024, 9, 2), 20, 9, 13, Status.LAGGING,
            "9/20, cần 13 theo tiến độ", "9/20, 13 expected by now");

    @Test
    void aChangeSaysTheNewStatusTheFiguresTheUnitAndWhatItWasInBothLanguages() {
        Message message = AlertMessages.statusChanged(LAGGING, Status.AT_RISK);

        assertThat(message.headlineVi()).isEqualTo(
                "Chậm tiến độ: kết nạp đảng viên năm 2024, 9/20 (45,0%) — Chi bộ Khối Nội chính (DUK-01-KN).");
        assertThat(message.vi()).endsWith("Trước đó: có nguy cơ không đạt. 9/20, cần 13 theo tiến độ");
        assertThat(message.headlineEn()).isEqualTo(
                "Lagging: 2024 admissions, 9/20 (45.0%) — Chi bộ Khối Nội chính (DUK-01-KN).");
        assertThat(message.en()).endsWith("Previously: at risk. 9/20, 13 expected by now");
    }

    @Test
    void aPlansOwnTargetSaysTheTargetTheValueAndTheThresholdInItsHeadline() {
        UnitStatus classes = new UnitStatus(new UnitCode("DUK"), "Đảng ủy Khối", Metric.AWARENESS_CLASSES,
                Period.year(2024), LocalDate.of(2024, 9, 2), null, 1, 2, Status.LAGGING,
                "Tổ chức từ 4 đến 5 lớp bồi dưỡng nhận thức về Đảng năm 2024: 1 lớp, theo tiến độ cần 2 đến ngày "
                        + "2024-09-02 (không đạt)",
                "Hold 4–5 awareness classes in 2024: 1, the pace asks 2 by 2024-09-02 (not met)", "AWARENESS_CLASSES");

        Message message = AlertMessages.statusChanged(classes, null);

        assertThat(message.headlineVi()).isEqualTo("Chậm tiến độ: mục tiêu Tổ chức từ 4 đến 5 lớp bồi dưỡng nhận thức "
                + "về Đảng năm 2024: 1 lớp, theo tiến độ cần 2 đến ngày 2024-09-02 (không đạt) — Đảng ủy Khối (DUK).");
        assertThat(message.headlineEn()).isEqualTo("Lagging: target Hold 4–5 awareness classes in 2024: 1, the pace "
                + "asks 2 by 2024-09-02 (not met) — Đảng ủy Khối (DUK).");
        assertThat(message.vi()).endsWith("Lần đánh giá đầu tiên.");
    }

    @Test
    void aTargetsStatusIsKeptApartFromTheQuotasAndAQuotasKeyIsAsBefore() {
        assertThat(StatusKey.of(LAGGING).value()).isEqualTo("DUK-01-KN|ADMISSIONS|2024");
        assertThat(new StatusKey(new UnitCode("DUK-01-KN"), Metric.ADMISSIONS, Period.year(2024), "MEMBERSHIP_SHARE")
                .value()).isEqualTo("DUK-01-KN|ADMISSIONS|2024|MEMBERSHIP_SHARE");
    }

    @Test
    void aDigestCountsByStatusWorstFirstAndListsWhatNeedsAction() {
        Message message = AlertMessages.digest(new Addressee(new UnitCode("DUK"), "Đảng ủy Khối"),
                LocalDate.of(2024, 9, 2), List.of(LAGGING),
                Map.of(Status.ON_TRACK, 4L, Status.LAGGING, 1L, Status.MET, 2L));

        assertThat(message.headlineVi()).isEqualTo(
                "Tổng hợp đến ngày 02/09/2024 — Đảng ủy Khối (DUK): 1 chậm tiến độ, 4 đúng tiến độ, 2 đã hoàn thành.");
        assertThat(message.vi()).contains("\n- Chi bộ Khối Nội chính (DUK-01-KN): chậm tiến độ, kết nạp đảng viên năm 2024");
        assertThat(message.headlineEn()).isEqualTo("Digest to 2024-09-02 — Đảng ủy Khối (DUK): 1 lagging, 4 on track, 2 met.");
    }

    @Test
    void percentOfPlanHasOneDecimalAndNeedsAQuota() {
        assertThat(AlertMessages.percentOfPlan(3, 1)).hasToString("33.3");
        assertThat(AlertMessages.percentOfPlan(null, 5)).isNull();
        assertThat(AlertMessages.percentOfPlan(0, 5)).isNull();
    }
}
