package vn.pdv.aggregator.report.file;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.pdv.aggregator.report.ReportFixture.aReport;
import static vn.pdv.aggregator.report.ReportFixture.aUnit;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.quota.Period;
import vn.pdv.aggregator.report.Heading;
import vn.pdv.aggregator.report.Report;
import vn.pdv.aggregator.report.ReportFixture;
import vn.pdv.sheets.CsvSheet;
import vn.pdv.sheets.SheetRow;
import vn.pdv.sheets.XlsxSheet;

/** The files laid out from a report, read back the way a committee's spreadsheet would read them. */
class ReportFileTest {

    private final Report report = aReport(
            aUnit("DUK", "Đảng ủy Khối các cơ quan tỉnh").quota(240, 170, 70).admitted(199, 132, 67).sources(null, 5),
            aUnit("DUK-01", "Bệnh viện \"Đa khoa\", tỉnh Bình Định").quota(145, 100, 45).admitted(148, 101, 47)
                    .sources(4, 3),
            aUnit("DUK-04", "=HYPERLINK(\"http://x\")").quota(95, 60, 35).admitted(50, 30, 20).sources(null, 2));

    @Test
    void writesAWorkbookWithOneSheetPerSectionWhoseFiguresReadBack() throws IOException {
        byte[] xlsx = ReportFormat.XLSX.render(report);

        List<SheetRow> admissions = XlsxSheet.read(new ByteArrayInputStream(xlsx), "Kết nạp đảng viên");
        assertThat(row(admissions, "Bệnh viện \"Đa khoa\", tỉnh Bình Định"))
                .containsExactly("1", "Bệnh viện \"Đa khoa\", tỉnh Bình Định", "145", "100", "45", "148", "101", "47",
                        "102.1");
        assertThat(row(admissions, "Ghi nhận trực tiếp tại Đảng ủy Khối các cơ quan tỉnh"))
                .containsExactly("", "Ghi nhận trực tiếp tại Đảng ủy Khối các cơ quan tỉnh", "", "", "", "1", "1", "0",
                        "");
        assertThat(row(admissions, "Tổng cộng"))
                .containsExactly("", "Tổng cộng", "240", "170", "70", "199", "132", "67", "82.9");
        assertThat(atLine(admissions, 1).cells()).containsExactly("ĐẢNG BỘ TỈNH BÌNH ĐỊNH", "", "ĐẢNG CỘNG SẢN VIỆT NAM");
        assertThat(atLine(admissions, 2).cells()).containsExactly("ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH", "",
                "ngày 5 tháng 7 năm 2024");
        assertThat(atLine(admissions, 4).cell(0)).isEqualTo("BÁO CÁO KẾT QUẢ PHÁT TRIỂN ĐẢNG VIÊN");
        assertThat(atLine(admissions, 5).cell(0)).isEqualTo("Năm 2024");
        List<SheetRow> sources = XlsxSheet.read(new ByteArrayInputStream(xlsx), "Tạo nguồn");
        assertThat(row(sources, "Bệnh viện \"Đa khoa\", tỉnh Bình Định"))
                .containsExactly("1", "Bệnh viện \"Đa khoa\", tỉnh Bình Định", "4", "3", "75.0");
        assertThat(row(sources, "Tổng cộng")).containsExactly("", "Tổng cộng", "", "5", "");
    }

    /** Issue 13: the statistical form's sheet, its groups spanning their columns, a line per unit beneath. */
    @Test
    void writesTheStatisticalFormsSheetAfterThePlanTables() throws IOException {
        byte[] xlsx = ReportFormat.XLSX.render(report);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getSheetName(workbook.getNumberOfSheets() - 1)).isEqualTo("Thống kê kết nạp");
            Sheet sheet = workbook.getSheet("Thống kê kết nạp");
            assertThat(sheet.getRow(7).getCell(3).getStringCellValue()).isEqualTo("Trong đó");
            assertThat(sheet.getMergedRegions()).contains(CellRangeAddress.valueOf("D8:I8"),
                    CellRangeAddress.valueOf("J8:O8"), CellRangeAddress.valueOf("C8:C9"));
            assertThat(sheet.getRow(8).getCell(14).getStringCellValue()).isEqualTo("Bình quân");
            assertThat(sheet.getRow(9).getCell(14).getCellStyle().getDataFormatString()).isEqualTo("0.0");
        }
        List<SheetRow> form = XlsxSheet.read(new ByteArrayInputStream(xlsx), "Thống kê kết nạp");
        assertThat(row(form, "Bệnh viện \"Đa khoa\", tỉnh Bình Định")).startsWith("1",
                "Bệnh viện \"Đa khoa\", tỉnh Bình Định", "148");
        assertThat(row(form, "Tổng cộng")).startsWith("", "Tổng cộng", "199");
    }

    @Test
    void laysTheWorkbookOutToPrintAndSign() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(ReportFormat.XLSX.render(report)))) {
            Sheet sheet = workbook.getSheet("Kết nạp đảng viên");

            assertThat(sheet.getMergedRegions()).contains(CellRangeAddress.valueOf("A4:I4"),
                    CellRangeAddress.valueOf("C8:E8"), CellRangeAddress.valueOf("F8:H8"),
                    CellRangeAddress.valueOf("A8:A9"), CellRangeAddress.valueOf("I8:I9"));
            assertThat(workbook.getFontAt(sheet.getRow(7).getCell(2).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(workbook.getFontAt(sheet.getRow(12).getCell(1).getCellStyle().getFontIndex()).getBold())
                    .as("the total row").isTrue();
            assertThat(sheet.getRow(9).getCell(8).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(sheet.getRow(9).getCell(8).getCellStyle().getDataFormatString()).isEqualTo("0.0");
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 9);
            assertThat(sheet.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("8:9"));
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
            assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(sheet.getColumnWidth(1)).isGreaterThan(sheet.getColumnWidth(2) * 3);
            assertThat(sheet.getRow(10).getCell(1).getCellType()).as("a formula-like name stays text")
                    .isEqualTo(CellType.STRING);
        }
    }

    @Test
    void writesUtf8CsvWithAByteOrderMarkCrlfAndRfc4180Quotes() {
        byte[] csv = ReportFormat.CSV.render(report);

        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).contains("\r\n1,\"Bệnh viện \"\"Đa khoa\"\", tỉnh Bình Định\",145,100,45,148,101,47,102.1\r\n");
        assertThat(text).contains("\r\n2,\"'=HYPERLINK(\"\"http://x\"\")\",95,60,35,50,30,20,52.6\r\n");
        assertThat(text.replace("\r\n", "")).doesNotContain("\n");
    }

    @Test
    void startsTheCsvWithTheIssuerAtTheTopOfTheTree() {
        Heading top = new Heading(null, "Tỉnh ủy Bình Định", new UnitCode("TU"), Period.year(2024), LocalDate.of(2024, 7, 5));
        Report provincial = Report.of(top, aUnit("TU", "Tỉnh ủy Bình Định").progress(), List.of());

        assertThat(new String(ReportFormat.CSV.render(provincial), StandardCharsets.UTF_8))
                .startsWith("\uFEFFTỈNH ỦY BÌNH ĐỊNH\r\nĐẢNG CỘNG SẢN VIỆT NAM\r\n");
    }

    @Test
    void laysTheCsvOutInTheSameColumnsAsTheWorkbook() throws IOException {
        List<SheetRow> csv = CsvSheet.read(new InputStreamReader(
                new ByteArrayInputStream(ReportFormat.CSV.render(report)), StandardCharsets.UTF_8));
        List<SheetRow> xlsx = XlsxSheet.read(new ByteArrayInputStream(ReportFormat.XLSX.render(report)));

        assertThat(table(csv)).hasSize(5).isEqualTo(table(xlsx));
        assertThat(csv.stream().map(SheetRow::joined)).containsSubsequence("ĐẢNG BỘ TỈNH BÌNH ĐỊNH",
                "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH", "ĐẢNG CỘNG SẢN VIỆT NAM", "ngày 5 tháng 7 năm 2024",
                "BÁO CÁO KẾT QUẢ PHÁT TRIỂN ĐẢNG VIÊN", "Năm 2024", "I. KẾT NẠP ĐẢNG VIÊN");
    }

    @Test
    void namesTheFileAfterTheUnitAndPeriod() {
        var heading = ReportFixture.aHeading("DUK", Period.quarter(2024, 2));

        assertThat(ReportFormat.XLSX.fileName(heading)).isEqualTo("bao-cao-DUK-2024-Q2.xlsx");
        assertThat(ReportFormat.CSV.fileName(ReportFixture.aHeading("ĐUK/01", Period.term(2020, 2025))))
                .isEqualTo("bao-cao-ĐUK-01-2020-2025.csv");
        assertThat(ReportFormat.named("CSV")).contains(ReportFormat.CSV);
        assertThat(ReportFormat.named("pdf")).isEmpty();
    }

    /**
     * The first table, header to total, as cells; without the formula-like name, which the CSV alone has to defuse.
     */
    private static List<List<String>> table(List<SheetRow> rows) {
        int header = rows.indexOf(rows.stream().filter(row -> row.cell(1).equals("Đơn vị")).findFirst().orElseThrow());
        int total = rows.indexOf(rows.stream().filter(row -> row.cell(1).equals("Tổng cộng")).findFirst().orElseThrow());
        return rows.subList(header, total + 1).stream().map(SheetRow::cells)
                .filter(cells -> !cells.get(1).contains("HYPERLINK")).toList();
    }

    private static SheetRow atLine(List<SheetRow> rows, int line) {
        return rows.stream().filter(row -> row.line() == line).findFirst().orElseThrow();
    }

    /** The first row whose second cell (the unit) reads so; "" finds the second header row. */
    private static List<String> row(List<SheetRow> rows, String label) {
        return rows.stream().filter(row -> row.cells().size() > 2 && row.cell(1).equals(label)).findFirst()
                .map(SheetRow::cells).orElseThrow(() -> new AssertionError("no row " + label + " in " + rows));
    }
}
