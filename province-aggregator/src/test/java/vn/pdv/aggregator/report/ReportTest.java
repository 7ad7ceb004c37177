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
import vn.pdv.aggregator.fulfilment.Counter;
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

        assertThat(report.sections()).hasSize(4);
        Section findings = report.sections().get(2);
        assertThat(findings.name()).isEqualTo("Phát hiện");
        assertThat(findings.columns()).extracting(Column::heading).startsWith("STT", "Đơn vị", "Tổng số",
                "Chi bộ xét khi hồ sơ đã quá 12 tháng", "Quyết định kết nạp quá thời hạn").endsWith("Khác");
        assertThat(cells(findings, findings.rows().getFirst()))
                .containsExactly(1, "Bệnh viện Đa khoa tỉnh Bình Định", 2L, 0L, 2L, 0L, 0L, 0L, 0L);
        assertThat(cells(findings, findings.rows().getLast()))
                .containsExactly(null, "Ghi nhận trực tiếp tại Đảng ủy Khối", 2L, 0L, 1L, 0L, 0L, 0L, 1L);
        assertThat(cells(findings, findings.total())).containsExactly(null, "Tổng cộng", 5L, 0L, 3L, 1L, 0L, 0L, 1L);
        assertThat(aReport(whole, hospital(), tax()).sections()).as("no findings asked, no table")
                .extracting(Section::name).containsExactly("Kết nạp đảng viên", "Tạo nguồn", "Thống kê kết nạp");
    }

    /**
     * Issue 13: the people admitted laid out like the statistical form, after the plan tables: the "of which" columns
     * overlap (a person in both unions is in both), the age, education, profession and occupation groups each add up to
     * the total, the average age is worked out from the sums, not averaged over averages.
     */
    @Test
    void laysThePeopleAdmittedOutLikeTheStatisticalFormAUnitALine() {
        ReportFixture hospital = aUnit("DUK-01", "Bệnh viện Đa khoa tỉnh Bình Định").quota(6, 4, 2).admitted(4, 3, 2)
                .counted(Counter.FEMALE, 3).counted(Counter.YOUTH_UNION, 3).counted(Counter.TRADE_UNION, 2)
                .counted(Counter.READMISSION, 1).counted(Counter.AGE_18_TO_30, 3).counted(Counter.AGE_41_TO_50, 1)
                .counted(Counter.AGE_KNOWN, 4).counted(Counter.AGE_YEARS, 24 + 26 + 29 + 45)
                .counted(Counter.EDUCATION_UPPER_SECONDARY, 4).counted(Counter.PROFESSION_UNIVERSITY, 3)
                .counted(Counter.PROFESSION_MASTER, 1).counted(Counter.SECTOR_PUBLIC_SERVANT, 4).organisations(1, 1);
        ReportFixture tax = aUnit("DUK-04", "Cục Thuế tỉnh Bình Định").admitted(1, 0, 0)
                .counted(Counter.AGE_UNSPECIFIED, 1).counted(Counter.EDUCATION_UNSPECIFIED, 1)
                .counted(Counter.PROFESSION_UNSPECIFIED, 1).counted(Counter.SECTOR_UNSPECIFIED, 1).organisations(1, 1);
        ReportFixture whole = aUnit("DUK", "Đảng ủy Khối").admitted(5, 3, 2).counted(Counter.FEMALE, 3)
                .counted(Counter.YOUTH_UNION, 3).counted(Counter.TRADE_UNION, 2).counted(Counter.READMISSION, 1)
                .counted(Counter.AGE_18_TO_30, 3).counted(Counter.AGE_41_TO_50, 1).counted(Counter.AGE_UNSPECIFIED, 1)
                .counted(Counter.AGE_KNOWN, 4).counted(Counter.AGE_YEARS, 124)
                .counted(Counter.EDUCATION_UPPER_SECONDARY, 4).counted(Counter.EDUCATION_UNSPECIFIED, 1)
                .counted(Counter.PROFESSION_UNIVERSITY, 3).counted(Counter.PROFESSION_MASTER, 1)
                .counted(Counter.PROFESSION_UNSPECIFIED, 1).counted(Counter.SECTOR_PUBLIC_SERVANT, 4)
                .counted(Counter.SECTOR_UNSPECIFIED, 1).organisations(2, 3);

        Section form = aReport(whole, hospital, tax).sections().getLast();

        assertThat(form.name()).isEqualTo("Thống kê kết nạp");
        assertThat(form.columns()).extracting(Column::heading).containsExactly("STT", "Đơn vị", "Tổng số kết nạp",
                "Nữ", "Dân tộc thiểu số", "Tôn giáo", "Đoàn viên thanh niên", "Đoàn viên công đoàn", "Kết nạp lại",
                "Đến 30", "31–40", "41–50", "Trên 50", "Chưa rõ", "Bình quân",
                "Tiểu học", "Trung học cơ sở", "Trung học phổ thông", "Chưa rõ",
                "Chưa qua đào tạo", "Sơ cấp", "Trung cấp", "Cao đẳng", "Đại học", "Thạc sĩ", "Tiến sĩ", "Chưa rõ",
                "Công nhân", "Nông dân", "Cán bộ, công chức, viên chức", "Quân đội", "Công an",
                "Chủ doanh nghiệp tư nhân", "Học sinh, sinh viên", "Khác", "Chưa rõ",
                "Có kết nạp đảng viên", "Có nguồn kết nạp");
        assertThat(form.columns()).extracting(Column::group).containsSequence("Trong đó", "Trong đó", "Trong đó",
                "Trong đó", "Trong đó", "Trong đó", "Tuổi khi kết nạp");
        assertThat(cells(form, form.rows().getFirst())).containsExactly(1, "Bệnh viện Đa khoa tỉnh Bình Định", 4L,
                3L, 0L, 0L, 3L, 2L, 1L, 3L, 0L, 1L, 0L, 0L, new BigDecimal("31.0"),
                0L, 0L, 4L, 0L, 0L, 0L, 0L, 0L, 3L, 1L, 0L, 0L, 0L, 0L, 4L, 0L, 0L, 0L, 0L, 0L, 0L, 1L, 1L);
        assertThat(cells(form, form.rows().getLast())).as("a line for what the committee recorded itself")
                .startsWith(null, "Ghi nhận trực tiếp tại Đảng ủy Khối", 0L).endsWith(0L, 1L);
        assertThat(cells(form, form.total())).startsWith(null, "Tổng cộng", 5L, 3L, 0L, 0L, 3L, 2L, 1L, 3L, 0L, 1L,
                0L, 1L, new BigDecimal("31.0"));
        assertThat(form.notes().getFirst()).contains("mỗi người được tính một lần", "được tính ở cả hai cột");
    }

    /** Issue 13: the plan splits its quota between the unions, the results count people; the note says so when it shows. */
    @Test
    void saysThatAPersonInBothUnionsIsCountedInBothWhenTheColumnsAddUpToMoreThanTheTotal() {
        Report overlapping = aReport(aUnit("DUK", "Đảng ủy Khối").quota(240, 170, 70).admitted(10, 8, 5),
                aUnit("DUK-01", "Bệnh viện").quota(10, 7, 3).admitted(10, 8, 5));

        assertThat(overlapping.sections().getFirst().notes()).contains(Report.UNIONS_OVERLAP);
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
