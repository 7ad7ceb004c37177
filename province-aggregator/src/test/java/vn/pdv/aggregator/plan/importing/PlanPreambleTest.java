package vn.pdv.aggregator.plan.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.plan.CountRange;
import vn.pdv.aggregator.plan.PlanContext;
import vn.pdv.aggregator.plan.PlanImport;
import vn.pdv.aggregator.plan.PlanTarget;
import vn.pdv.aggregator.plan.RatioTarget;
import vn.pdv.aggregator.quota.Attribute;
import vn.pdv.aggregator.quota.Metric;
import vn.pdv.aggregator.quota.Period;
import vn.pdv.aggregator.quota.PlanReference;

/** The targets a plan's sentences set, in the wording of the seeds. */
class PlanPreambleTest {

    /** Seed 003 (141-CV/HU of Kim Bảng district), its two sentences as published. */
    private static final String SEED_003_DISTRICT = "Nhằm tiếp tục thực hiện Chỉ thị số 19-CT/TU ngày 20/02/2023 của "
            + "Ban Thường vụ Tỉnh ủy về “*tiếp tục đẩy mạnh công tác phát triển đảng viên giai đoạn 2023-2025*”, phấn "
            + "đấu đạt và vượt chỉ tiêu kế hoạch phát triển đảng viên mới năm 2024, đạt tỷ lệ kết nạp đảng viên mới hàng "
            + "năm đạt từ 3-4% tổng số đảng viên của đảng bộ huyện, Ban Thường vụ Huyện ủy yêu cầu:";
    private static final String SEED_003_COMMUNES = "- Tiếp tục xây dựng và nhân rộng các mô hình mới, cách làm hiệu "
            + "quả trong phát triển đảng viên là học sinh, người lao động trong khu vực doanh nghiệp, ở khu dân cư,... để "
            + "hoàn thành vượt mức chỉ tiêu phát triển đảng được giao; phấn đấu đạt từ 3-4% trên tổng số đảng viên của "
            + "đảng bộ xã, thị trấn.";
    private static final RatioTarget THREE_TO_FOUR = RatioTarget.shareOfMembership(3, 4);

    @Test
    void readsSeed003sThreeToFourPercentOfMembershipAsARange() {
        assertThat(ratios(SEED_003_DISTRICT)).containsExactly(THREE_TO_FOUR);
        assertThat(ratios(SEED_003_COMMUNES)).containsExactly(THREE_TO_FOUR);
        assertThat(ratios(SEED_003_DISTRICT, SEED_003_COMMUNES)).as("the same target said twice").hasSize(1);
    }

    @Test
    void readsTheRangeWithADashOrInWordsAndDecimalCommas() {
        assertThat(ratios("Mỗi năm kết nạp 3–4% đảng viên.")).containsExactly(THREE_TO_FOUR);
        assertThat(ratios("phấn đấu kết nạp từ 3 đến 4% tổng số đảng viên")).containsExactly(THREE_TO_FOUR);
        assertThat(ratios("đạt từ 2,5% - 3,5% tổng số đảng viên")).containsExactly(new RatioTarget.ShareOfMembership(
                new BigDecimal("2.5"), Optional.of(new BigDecimal("3.5"))));
    }

    @Test
    void seed001sOpenEndedShareAndYouthShareStayAsTheyWere() {
        assertThat(ratios("1. Chỉ tiêu: Năm 2024 và năm 2025, toàn Đảng bộ Khối mỗi năm kết nạp 240 đảng viên mới "
                + "(đạt trên 4% đảng viên toàn Đảng bộ). Trong đó, tỷ lệ đảng viên mới là đoàn viên thanh niên phần đầu "
                + "đạt từ 70% trở lên.")).containsExactly(RatioTarget.atLeastShareOfMembership(BigDecimal.valueOf(4)),
                new RatioTarget.ShareOfQuota(Attribute.YOUTH_UNION, BigDecimal.valueOf(70)));
    }

    @Test
    void aTermOrAYearSpanIsNoRange() {
        assertThat(ratios("giai đoạn 2023-2025 kết nạp đảng viên")).isEmpty();
    }

    /** The loader's way in: the sentence above a district's table becomes each year's target. */
    @Test
    void theImportedTableCarriesTheRangeForEachYearItHasColumnsFor() throws IOException {
        String csv = SEED_003_DISTRICT + "\n"
                + "STT;Tên chi, đảng bộ;Năm 2024;Năm 2025\n"
                + "1;Đảng bộ xã Ba Sao;6;7\n"
                + "2;Đảng bộ thị trấn Quế;9;9\n";

        PlanImport imported = PlanImporter.fromCsv(new StringReader(csv), PlanContext.issuedBy(new UnitCode("KB"))
                .withPlan(PlanReference.numbered("141-CV/HU")));

        assertThat(imported.targets()).extracting(PlanTarget::period, PlanTarget::ratios).containsExactly(
                org.assertj.core.api.Assertions.tuple(Period.year(2024), List.of(THREE_TO_FOUR)),
                org.assertj.core.api.Assertions.tuple(Period.year(2025), List.of(THREE_TO_FOUR)));
    }

    @Test
    void readsSeed001sFourToFiveAwarenessClassesAYear() {
        assertThat(classes("- Hằng năm, tổ chức từ 04 đến 05 lớp Bồi dưỡng lý luận chính trị dành cho đối tượng kết "
                + "nạp Đảng (Quý I, II, III) đảm bảo nghiêm túc, chất lượng.")).containsExactly(new CountRange(4, 5));
        assertThat(classes("Mỗi năm mở 2-3 lớp bồi dưỡng nhận thức về Đảng")).containsExactly(new CountRange(2, 3));
    }

    @Test
    void classesForOtherPeopleOrWithoutAYearAreNotTheTarget() {
        assertThat(classes("Hằng năm, tổ chức từ 2 đến 3 lớp bồi dưỡng cho đảng viên mới.")).isEmpty();
        assertThat(classes("Tổ chức 04 đến 05 lớp cho đối tượng kết nạp Đảng.")).as("no \"hằng năm\"").isEmpty();
    }

    /** Seed 001 as published, prose and table: each of its two years gets the admissions target and the classes. */
    @Test
    void theSeedDocumentSetsFourToFiveClassesForEachYear() throws IOException {
        PlanImport fromSeed;
        try (Reader seed = new InputStreamReader(Objects.requireNonNull(
                getClass().getResourceAsStream("/plans/seed-001-104-KH-DUK.txt")), StandardCharsets.UTF_8)) {
            fromSeed = PlanImporter.fromCsv(seed, PlanContext.none());
        }

        assertThat(fromSeed.targets()).filteredOn(target -> target.metric() == Metric.AWARENESS_CLASSES)
                .extracting(PlanTarget::period, PlanTarget::count).containsExactly(
                        org.assertj.core.api.Assertions.tuple(Period.year(2024), Optional.of(new CountRange(4, 5))),
                        org.assertj.core.api.Assertions.tuple(Period.year(2025), Optional.of(new CountRange(4, 5))));
        assertThat(fromSeed.targets()).filteredOn(target -> target.metric() == Metric.ADMISSIONS)
                .as("the admissions target as before").hasSize(2)
                .allSatisfy(target -> assertThat(target.total()).hasValue(240));
    }

    @Test
    void aSourcePlanDoesNotCarryTheClassesAgain() throws IOException {
        String csv = "Hằng năm, tổ chức từ 04 đến 05 lớp cho đối tượng kết nạp Đảng.\n"
                + "STT;Chi bộ;Năm 2024\n"
                + "1;Chi bộ thôn Phú Mỹ;2\n";

        PlanImport sources = PlanImporter.fromCsv(new StringReader(csv), PlanContext.issuedBy(new UnitCode("XA-01"))
                .withPlan(PlanReference.numbered("05-KH/ĐU")).withMetric(Metric.SOURCES));

        assertThat(sources.targets()).isEmpty();
    }

    private static List<CountRange> classes(String... lines) {
        return PlanPreamble.read(List.of(lines)).targetsFor(List.of(Period.year(2024))).stream()
                .flatMap(target -> target.count().stream()).toList();
    }

    private static List<RatioTarget> ratios(String... lines) {
        return PlanPreamble.read(List.of(lines)).targetsFor(List.of(Period.year(2024))).stream()
                .flatMap(target -> target.ratios().stream()).toList();
    }
}
