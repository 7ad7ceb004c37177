package vn.pdv.aggregator.plan.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.pdv.aggregator.plan.PlanWarning.Rule.HEADER_NOT_FOUND;
import static vn.pdv.aggregator.plan.PlanWarning.Rule.PERIOD_COLUMNS_MISSING;
import static vn.pdv.aggregator.plan.PlanWarning.Rule.TOTAL_COLUMN_MISSING;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.plan.PlanContext;
import vn.pdv.aggregator.plan.PlanImport;
import vn.pdv.aggregator.plan.PlanWarning;
import vn.pdv.aggregator.quota.Attribute;
import vn.pdv.aggregator.quota.Metric;
import vn.pdv.aggregator.quota.Period;
import vn.pdv.aggregator.quota.PlanReference;
import vn.pdv.aggregator.quota.Quota;

/** Table layouts other than seed 001's exact one, as other committees write them. */
class PlanTableLayoutTest {

    private static final PlanContext COMMUNE = PlanContext.issuedBy(new UnitCode("XA-01"))
            .withPlan(PlanReference.numbered("05-KH/ĐU"));

    /** The seed document as published, prose and all, its table tab-separated as copied from Word. */
    @Test
    void readsTheSeedDocumentItselfTabSeparatedWithoutCodes() throws IOException {
        PlanImport fromSeed;
        try (Reader seed = new InputStreamReader(Objects.requireNonNull(
                getClass().getResourceAsStream("/plans/seed-001-104-KH-DUK.txt")), StandardCharsets.UTF_8)) {
            fromSeed = PlanImporter.fromCsv(seed, PlanContext.none());
        }
        PlanImport shipped = SeedPlan.imported(PlanContext.none());

        assertThat(fromSeed.plan()).isEqualTo(shipped.plan());
        assertThat(fromSeed.units()).hasSize(55);
        assertThat(fromSeed.units().getFirst().code()).isEqualTo(new UnitCode("benh-vien-da-khoa-tinh-binh-dinh"));
        assertThat(fromSeed.quotas()).extracting(Quota::period, Quota::total, Quota::breakdown)
                .containsExactlyElementsOf(shipped.quotas().stream()
                        .map(q -> tuple(q.period(), q.total(), q.breakdown())).toList());
        assertThat(fromSeed.warnings()).extracting(PlanWarning::listedRow, PlanWarning::rule)
                .containsExactlyElementsOf(shipped.warnings().stream()
                        .map(w -> tuple(w.listedRow(), w.rule())).toList());
    }

    @Test
    void readsAOneYearSourcePlanWhosePeriodTheCallerGives() throws IOException {
        String csv = """
                STT;Chi bộ;Chỉ tiêu tạo nguồn
                1;Chi bộ thôn Phú Mỹ;2
                2;Chi bộ Trường Tiểu học;2
                3;Chi bộ Cơ quan;1
                """;

        PlanImport imported = PlanImporter.fromCsv(new StringReader(csv),
                COMMUNE.withMetric(Metric.SOURCES).withDefaultPeriod(Period.year(2018)));

        assertThat(imported.isClean()).isTrue();
        assertThat(imported.quotas()).extracting(q -> q.target().value(), Quota::period, Quota::metric, Quota::total)
                .containsExactly(
                        tuple("chi-bo-thon-phu-my", Period.year(2018), Metric.SOURCES, 2),
                        tuple("chi-bo-truong-tieu-hoc", Period.year(2018), Metric.SOURCES, 2),
                        tuple("chi-bo-co-quan", Period.year(2018), Metric.SOURCES, 1));
    }

    @Test
    void saysSoWhenNoColumnNamesAYearAndNoneIsGiven() throws IOException {
        String csv = """
                STT,Chi bộ,Chỉ tiêu
                1,Chi bộ thôn Phú Mỹ,2
                """;

        PlanImport imported = PlanImporter.fromCsv(new StringReader(csv), COMMUNE);

        assertThat(imported.quotas()).isEmpty();
        assertThat(imported.warnings()).extracting(PlanWarning::rule).containsExactly(PERIOD_COLUMNS_MISSING);
    }

    @Test
    void readsYearColumnsWithoutMeasuresAndATermColumnAsTotals() throws IOException {
        String csv = """
                TT,Đơn vị,Năm 2024,Năm 2025,Nhiệm kỳ 2020 - 2025
                1,Đảng bộ Bệnh viện huyện,6,6,30
                """;

        PlanImport imported = PlanImporter.fromCsv(new StringReader(csv), COMMUNE);

        assertThat(imported.quotas()).extracting(Quota::period, Quota::total).containsExactly(
                tuple(Period.year(2024), 6), tuple(Period.year(2025), 6), tuple(Period.term(2020, 2025), 30));
    }

    @Test
    void skipsColumnNumberingSectionHeadingsAndNotesAndKeepsTheTotalRowApart() throws IOException {
        String csv = """
                STT,Tên đơn vị,Năm 2024,,
                ,,Tổng số,ĐVTN,ĐVCĐ
                (1),(2),(3),(4),(5)
                I,Khối trường học,,,
                1,Chi bộ Trường THCS,3,2,1
                2,Chi bộ Trường Tiểu học,2,2,0
                II,Khối thôn,,,
                3,Chi bộ thôn 1,1,1,0
                ,Tổng cộng,7,5,1
                * Ghi chú: đơn vị không còn nguồn không giao chỉ tiêu
                """;

        PlanImport imported = PlanImporter.fromCsv(new StringReader(csv), COMMUNE);

        assertThat(imported.units()).extracting(u -> u.row().listed()).containsExactly("1", "2", "3");
        assertThat(imported.quotas().getFirst().breakdown())
                .containsEntry(Attribute.YOUTH_UNION, 2).containsEntry(Attribute.TRADE_UNION, 1);
        assertThat(imported.warnings()).extracting(PlanWarning::rule, w -> w.values().get("column"),
                        w -> w.values().get("printed"), w -> w.values().get("sum"))
                .containsExactly(tuple(PlanWarning.Rule.TOTAL_ROW_MISMATCH, "TOTAL", 7, 6));
    }

    @Test
    void reportsAYearWhoseColumnsHaveNoTotal() throws IOException {
        String csv = """
                STT,Đơn vị,Năm 2024,,Năm 2025,,
                ,,Tổng cộng,Đoàn viên thanh niên,Đoàn viên thanh niên,Đoàn viên công đoàn
                1,Chi bộ A,3,2,2,1
                """;

        PlanImport imported = PlanImporter.fromCsv(new StringReader(csv), COMMUNE);

        assertThat(imported.quotas()).extracting(Quota::period).containsExactly(Period.year(2024));
        assertThat(imported.warnings()).extracting(PlanWarning::rule, w -> w.values().get("period"))
                .containsExactly(tuple(TOTAL_COLUMN_MISSING, "2025"));
    }

    @Test
    void saysSoWhenThereIsNoTableAtAll() throws IOException {
        PlanImport imported = PlanImporter.fromCsv(new StringReader("Kế hoạch phát triển đảng viên\n"), COMMUNE);

        assertThat(imported.quotas()).isEmpty();
        assertThat(imported.warnings()).extracting(PlanWarning::rule).containsExactly(HEADER_NOT_FOUND);
    }

    @Test
    void readsANumberAndDateGivenOnSeparateLinesAboveTheTable() throws IOException {
        String csv = """
                Số 12-KH/ĐU
                Phù Cát, ngày 05 tháng 01 năm 2024
                STT,Chi bộ,Năm 2024
                1,Chi bộ thôn 1,2
                """;

        PlanImport imported = PlanImporter.fromCsv(new StringReader(csv), PlanContext.none());

        assertThat(imported.plan()).contains(new PlanReference("12-KH/ĐU",
                Optional.of(LocalDate.of(2024, 1, 5)), Optional.empty()));
        assertThat(imported.issuedBy()).contains(new UnitCode("DU"));
    }
}
