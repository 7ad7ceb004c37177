package vn.pdv.aggregator.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.pdv.aggregator.report.ReportFixture.aHeading;
import static vn.pdv.aggregator.report.ReportFixture.aReport;
import static vn.pdv.aggregator.report.ReportFixture.aUnit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.quota.Period;

class ReportTest {

    private static ReportFixture hospital() {
        return aUnit("DUK-01", "Bệnh viện Đa khoa tỉnh Bình Định").quota(145, 100, 45).admitted(148, 101, 47);
    }

    private static ReportFixture tax() {
        return aUnit("DUK-04", "Cục Thuế tỉnh Bình Định").quota(95, 60, 35).admitted(50, 30, 20);
    }

    @Test
    void listsEachUnitBeneathNumberedInOrderThenTheWholeSubtreeAsTotal() {
        Report report = aReport(aUnit("DUK", "Đảng ủy Khối").quota(240, 170, 70).admitted(198, 131, 67),
                hospital(), tax());

        Section admissions = report.sections().getFirst();
        assertThat(admissions.rows()).extracting(ReportRow::number, ReportRow::label).containsExactly(
                tuple(1, "Bệnh viện Đa khoa tỉnh Bình Định"),
                tuple(2, "Cục Thuế tỉnh Bình Định"));
        assertThat(cells(admissions, admissions.total()))
                .containsExactly(null, "Tổng cộng", 240, 170, 70, 198L, 131L, 67L, new BigDecimal("82.5"));
    }

    @Test
    void givesPerCentOfPlanToOneDecimalRoundingHalfUpAsTheDistrictReportsIt() {
        Report report = aReport(aUnit("DUK", "Đảng ủy Khối").quota(240, 170, 70).admitted(198, 131, 67),
                hospital(), tax());

        Section admissions = report.sections().getFirst();
        assertThat(cells(admissions, admissions.rows().getFirst()))
                .containsExactly(1, "Bệnh viện Đa khoa tỉnh Bình Định", 145, 100, 45, 148L, 101L, 47L,
                        new BigDecimal("102.1"));
    }

    @Test
    void givesFiguresRecordedAtTheReportingUnitItselfALineSoTheLinesAddUpToTheTotal() {
        Report report = aReport(aUnit("DUK", "Đảng ủy Khối").quota(240, 170, 70).admitted(201, 133, 68)
                .sources(null, 1), hospital(), tax());

        Section admissions = report.sections().getFirst();
        ReportRow direct = admissions.rows().getLast();
        assertThat(cells(admissions, direct))
                .containsExactly(null, "Ghi nhận trực tiếp tại Đảng ủy Khối", null, null, null, 3L, 2L, 1L, null);
        Section sources = report.sections().get(1);
        assertThat(sources.rows().getLast().label()).isEqualTo("Ghi nhận trực tiếp tại Đảng ủy Khối");
        assertThat(cells(sources, sources.rows().getLast())).containsExactly(null,
                "Ghi nhận trực tiếp tại Đảng ủy Khối", null, 1L, null);
    }

    /** Issue 13: the findings as a third table, a line per unit beneath, the direct line, the whole subtree's total. */
    @Test
    void listsTheFindingsOfEachUnitBeneathByRuleInATableOfTheirOwn() {
        ReportFixture whole = aUnit("DUK", "Đảng ủy Khối").quota(240, 170, 70).admitted(198, 131, 67);
        Report report = Report.of(aHeading("DUK", Period.year(2024)), whole.progress(),
                List.of(hospital().progress(), tax().progress()), Map.of(
                        "DUK", Map.of("DECISION_DEADLINE", 3L, "CEREMONY_DEADLINE", 1L, "VOTE_THRESHOLD", 1L),
                        "DUK-01", Map.of("DECISION_DEADLINE", 2L),
                        "DUK-04", Map.of("CEREMONY_DEADLINE", 1L)));

        assertThat(report.sections()).hasSize(3);
        Section findings = report.sections().get(2);
        assertThat(findings.name()).isEqualTo("Phát hiện");
        assertThat(findings.columns()).extracting(Column::heading).startsWith("STT", "Đơn vị", "Tổng số",
                "Chi bộ xét khi hồ sơ đã quá 12 tháng", "Quyết định kết nạp quá thời hạn").endsWith("Khác");
        assertThat(cells(findings, findings.rows().getFirst()))
                .containsExactly(1, "Bệnh viện Đa khoa tỉnh Bình Định", 2L, 0L, 2L, 0L, 0L, 0L, 0L);
        assertThat(cells(findings, findings.rows().getLast()))
                .containsExactly(null, "Ghi nhận trực tiếp tại Đảng ủy Khối", 2L, 0L, 1L, 0L, 0L, 0L, 1L);
        assertThat(cells(findings, findings.total())).containsExactly(null, "Tổng cộng", 5L, 0L, 3L, 1L, 0L, 0L, 1L);
        assertThat(aReport(whole, hospital(), tax()).sections()).as("no findings asked, no table").hasSize(2);
    }

    @Test
    void needsNoDirectLineWhenEverythingWasRecordedBeneath() {
        Report report = aReport(aUnit("DUK", "Đảng ủy Khối").quota(240, 170, 70).admitted(198, 131, 67),
                hospital(), tax());

        assertThat(report.sections()).allSatisfy(section -> assertThat(section.rows()).hasSize(2));
    }

    @Test
    void saysWhenTheQuotasGivenBeneathDoNotAddUpToTheUnitsOwn() {
        Report report = aReport(aUnit("DUK", "Đảng ủy Khối").quota(200, 140, 60).admitted(198, 131, 67),
                hospital().sources(4, 3), tax());

        assertThat(report.sections().getFirst().notes()).containsExactly(
                "Ghi chú: chỉ tiêu giao cho các đơn vị trực thuộc cộng lại là 240, khác chỉ tiêu 200 được giao cho "
                        + "Đảng ủy Khối.");
        assertThat(report.sections().get(1).notes()).containsExactly(
                "Ghi chú: Đảng ủy Khối chưa được giao chỉ tiêu cho kỳ này; chỉ tiêu giao cho các đơn vị trực thuộc "
                        + "cộng lại là 4.");
        assertThat(aReport(aUnit("DUK", "Đảng ủy Khối").quota(240, 170, 70).admitted(198, 131, 67), hospital(), tax())
                .sections().getFirst().notes()).isEmpty();
    }

    @Test
    void namesThePeriodInVietnameseAndDatesItAsPartyDocumentsDo() {
        assertThat(List.of(Period.quarter(2024, 2), Period.halfYear(2024, 1), Period.halfYear(2024, 2),
                Period.year(2024), Period.term(2020, 2025)))
                .extracting(period -> aHeading("DUK", period).periodName())
                .containsExactly("Quý II/2024", "6 tháng đầu năm 2024", "6 tháng cuối năm 2024", "Năm 2024",
                        "Nhiệm kỳ 2020–2025");
        Heading heading = new Heading("Đảng bộ tỉnh Bình Định", "Đảng ủy Khối các cơ quan tỉnh", new UnitCode("DUK"),
                Period.year(2024), LocalDate.of(2024, 5, 9));
        assertThat(heading.dated()).isEqualTo("ngày 9 tháng 5 năm 2024");
        assertThat(heading.superiorLine()).isEqualTo("ĐẢNG BỘ TỈNH BÌNH ĐỊNH");
        assertThat(heading.issuerLine()).isEqualTo("ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH");
    }

    @Test
    void ordersUnitsAsPlanTablesNumberThem() {
        List<UnitCode> codes = Stream.of("DUK-10", "DUK-2", "DUK-01", "DUK-1-3", "CB-9", "DUK-1")
                .map(UnitCode::new).sorted(Subunits.PLAN_ORDER).toList();

        assertThat(codes).extracting(UnitCode::value)
                .containsExactly("CB-9", "DUK-01", "DUK-1", "DUK-1-3", "DUK-2", "DUK-10");
    }

    private static List<Object> cells(Section section, ReportRow row) {
        return section.columns().stream().map(column -> column.valueOf(row)).toList();
    }
}
