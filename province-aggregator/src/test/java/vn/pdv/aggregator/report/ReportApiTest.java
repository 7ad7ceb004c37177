package vn.pdv.aggregator.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import vn.pdv.aggregator.AggregatorTest;
import vn.pdv.aggregator.ProvinceTree;
import vn.pdv.aggregator.UnitLog;
import vn.pdv.events.QuotaMetric;
import vn.pdv.events.UnitKind;
import vn.pdv.sheets.CsvSheet;
import vn.pdv.sheets.SheetRow;
import vn.pdv.sheets.XlsxSheet;
import vn.pdv.stack.JsonApi;

/**
 * A committee's events, sent through the real broker and registry, come back as the report it would hand in:
 * downloaded as XLSX and CSV and read back as a spreadsheet would read them.
 */
@AggregatorTest
class ReportApiTest {

    private static final String HEALTH = "Đảng bộ Sở Y tế";
    private static final String HOSPITAL = "Đảng bộ Bệnh viện \"Đa khoa\", tỉnh";
    private static final String DIRECT = "Ghi nhận trực tiếp tại Đảng bộ Khối Thử nghiệm";

    @LocalServerPort
    int port;

    UnitLog log;
    String root;

    @BeforeEach
    void openLog() {
        log = new UnitLog();
        root = log.committee();
    }

    @AfterEach
    void closeLog() {
        log.close();
    }

    /**
     * The province above, the committee, and beneath it the health department (with a branch beneath that) and a
     * hospital, registered hospital first: the report lists them by code, -2 before -10. Admissions fall in every
     * quarter of 2024, one at the committee itself, one in 2025; sources in Q2 and Q4.
     */
    private void playTheCommitteesYear() {
        String health = log.unit("2");
        String hospital = log.unit("10");
        // The province is the province's to open; the committee then registers itself beneath it.
        ProvinceTree.open(new JsonApi(port).as(AggregatorTest.PROVINCE_ADMIN), log.unit("P"),
                "Đảng bộ tỉnh Thử nghiệm", UnitKind.PROVINCE_COMMITTEE, null);
        log.send(log.registered(log.next(), root, "Đảng bộ Khối Thử nghiệm", log.unit("P")),
                log.registered(log.next(), hospital, HOSPITAL, root),
                log.registered(log.next(), health, HEALTH, root),
                log.registered(log.next(), log.unit("2-1"), "Chi bộ Khoa Nhi", health),
                log.quota(log.next(), root, 2024, QuotaMetric.ADMISSIONS, 10, Map.of("YOUTH_UNION", 7, "TRADE_UNION", 3)),
                log.quota(log.next(), health, 2024, QuotaMetric.ADMISSIONS, 6, Map.of("YOUTH_UNION", 4, "TRADE_UNION", 2)),
                log.quota(log.next(), hospital, 2024, QuotaMetric.ADMISSIONS, 5, Map.of("YOUTH_UNION", 3, "TRADE_UNION", 2)),
                log.quota(log.next(), health, 2024, QuotaMetric.SOURCES, 4, Map.of()),
                log.admitted(log.next(), health, LocalDate.of(2024, 2, 10), true),
                log.admitted(log.next(), log.unit("2-1"), LocalDate.of(2024, 5, 5), true),
                log.admitted(log.next(), log.unit("2-1"), LocalDate.of(2024, 5, 6), true),
                log.admitted(log.next(), log.unit("2-1"), LocalDate.of(2024, 6, 1), false),
                log.admitted(log.next(), hospital, LocalDate.of(2024, 4, 20), false),
                log.admitted(log.next(), hospital, LocalDate.of(2024, 8, 8), true),
                log.admitted(log.next(), root, LocalDate.of(2024, 5, 19), true),
                log.admitted(log.next(), health, LocalDate.of(2025, 1, 3), true),
                log.source(log.next(), health, LocalDate.of(2024, 4, 2)),
                log.source(log.next(), log.unit("2-1"), LocalDate.of(2024, 6, 30)),
                log.source(log.next(), hospital, LocalDate.of(2024, 10, 1)));
    }

    @Test
    void downloadsTheYearAsAWorkbookWithEachUnitBeneathItsPercentOfPlanAndTheTotal() throws IOException {
        playTheCommitteesYear();

        List<SheetRow> admissions = await().atMost(Duration.ofSeconds(30)).until(
                () -> xlsx(download("/api/reports/" + root + "/2024"), "Kết nạp đảng viên"),
                rows -> row(rows, "Tổng cộng").cell(5).equals("7"));

        assertThat(table(admissions)).containsExactly(
                List.of("1", HEALTH, "6", "4", "2", "4", "3", "1", "66.7"),
                List.of("2", HOSPITAL, "5", "3", "2", "2", "1", "1", "40.0"),
                List.of("", DIRECT, "", "", "", "1", "1", "0", ""),
                List.of("", "Tổng cộng", "10", "7", "3", "7", "5", "2", "70.0"));
        assertThat(admissions.stream().map(SheetRow::joined)).containsSubsequence(
                "ĐẢNG BỘ TỈNH THỬ NGHIỆM ĐẢNG CỘNG SẢN VIỆT NAM", "BÁO CÁO KẾT QUẢ PHÁT TRIỂN ĐẢNG VIÊN", "Năm 2024",
                "Ghi chú: chỉ tiêu giao cho các đơn vị trực thuộc cộng lại là 11, khác chỉ tiêu 10 được giao cho "
                        + "Đảng bộ Khối Thử nghiệm.");
        assertThat(admissions.stream().map(SheetRow::joined).filter(line -> line.startsWith("ĐẢNG BỘ KHỐI")))
                .singleElement().asString().matches("ĐẢNG BỘ KHỐI THỬ NGHIỆM ngày \\d{1,2} tháng \\d{1,2} năm \\d{4}");

        List<SheetRow> sources = xlsx(download("/api/reports/" + root + "/2024"), "Tạo nguồn");
        assertThat(table(sources)).containsExactly(
                List.of("1", HEALTH, "4", "2", "50.0"),
                List.of("2", HOSPITAL, "", "1", ""),
                List.of("", "Tổng cộng", "", "3", ""));
    }

    @Test
    void aQuarterReportCountsOnlyThatQuarter() throws IOException {
        playTheCommitteesYear();
        await().atMost(Duration.ofSeconds(30)).until(
                () -> row(csv(download("/api/reports/" + root + "/2024?format=csv")), "Tổng cộng").cell(5).equals("7"));

        ResponseEntity<byte[]> answer = download("/api/reports/" + root + "/2024-Q2?format=csv");

        List<SheetRow> rows = csv(answer);
        assertThat(table(rows)).extracting(cells -> cells.subList(0, 2), cells -> cells.subList(5, 8)).containsExactly(
                tuple(List.of("1", HEALTH), List.of("3", "2", "1")),
                tuple(List.of("2", HOSPITAL), List.of("1", "0", "1")),
                tuple(List.of("", DIRECT), List.of("1", "1", "0")),
                tuple(List.of("", "Tổng cộng"), List.of("5", "3", "2")));
        assertThat(rows.stream().map(SheetRow::joined)).contains("Quý II/2024");
        List<SheetRow> totals = rows.stream().filter(row -> row.cell(1).equals("Tổng cộng")).toList();
        assertThat(totals).as("admissions, sources, findings, the statistical form").hasSize(4);
        assertThat(totals.get(1).cell(3)).as("sources in Q2").isEqualTo("2");
        assertThat(totals.get(2).cell(2)).as("no step recorded late in Q2").isEqualTo("0");
        assertThat(totals.get(3).cells()).as("the form: 5 admitted, of which 3 youth-union and 2 trade-union, all"
                + " at most 30, average age 24").startsWith("", "Tổng cộng", "5", "5", "0", "0", "3", "2", "0", "5")
                .contains("24.0");
        assertThat(answer.getHeaders().getContentType()).hasToString("text/csv;charset=UTF-8");
        assertThat(answer.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .startsWith("attachment;").contains("filename*=UTF-8''bao-cao-" + root + "-2024-Q2.csv");
    }

    @Test
    void servesAWorkbookUnlessAskedOtherwiseNamedAfterTheUnitAndPeriod() throws IOException {
        log.send(log.registered(log.next(), root, "Đảng bộ Khối Thử nghiệm", (String) null));

        ResponseEntity<byte[]> answer = await().atMost(Duration.ofSeconds(30))
                .until(() -> download("/api/reports/" + root + "/2024-H1"), found -> found.getStatusCode().value() == 200);

        assertThat(answer.getHeaders().getContentType())
                .hasToString("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        ContentDisposition disposition = answer.getHeaders().getContentDisposition();
        assertThat(disposition.isAttachment()).isTrue();
        assertThat(disposition.getFilename()).isEqualTo("bao-cao-" + root + "-2024-H1.xlsx");
        assertThat(xlsx(answer, null).stream().map(SheetRow::joined)).contains("6 tháng đầu năm 2024");
    }

    @Test
    void refusesAnUnknownUnitABadPeriodAndAnUnknownFormatNamingTheField() {
        JsonApi api = new JsonApi(port).as(AggregatorTest.PROVINCE_ADMIN);

        var unknown = api.get("/api/reports/NOPE-" + root + "/2024");
        var badPeriod = api.get("/api/reports/" + root + "/2024-Q5");
        var badFormat = api.get("/api/reports/" + root + "/2024?format=pdf");

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.<String>read("$.field")).isEqualTo("unit");
        assertThat(unknown.<String>read("$.detail")).contains("NOPE-");
        assertThat(unknown.<String>read("$.detailEn")).contains("NOPE-");
        assertThat(badPeriod.status()).isEqualTo(400);
        assertThat(badPeriod.<String>read("$.field")).isEqualTo("period");
        assertThat(badPeriod.<String>read("$.detail")).startsWith("Kỳ \"2024-Q5\" không hợp lệ");
        assertThat(badFormat.status()).isEqualTo(400);
        assertThat(badFormat.<String>read("$.field")).isEqualTo("format");
        assertThat(badFormat.<String>read("$.detail")).contains("xlsx hoặc csv");
        assertThat(badFormat.<String>read("$.detailEn")).contains("xlsx or csv");
        assertThat(badFormat.contentType()).startsWith("application/problem+json");
    }

    private ResponseEntity<byte[]> download(String path) {
        return new JsonApi(port).as(AggregatorTest.PROVINCE_ADMIN).getBytes(path);
    }

    private static List<SheetRow> xlsx(ResponseEntity<byte[]> answer, String sheet) throws IOException {
        if (answer.getStatusCode().value() != 200) {
            return List.of();
        }
        return XlsxSheet.read(new ByteArrayInputStream(answer.getBody()), sheet);
    }

    private static List<SheetRow> csv(ResponseEntity<byte[]> answer) throws IOException {
        if (answer.getStatusCode().value() != 200) {
            return List.of();
        }
        return CsvSheet.read(new InputStreamReader(new ByteArrayInputStream(answer.getBody()), StandardCharsets.UTF_8));
    }

    /** The first table: the lines after its two header rows, through its total. */
    private static List<List<String>> table(List<SheetRow> rows) {
        int header = rows.indexOf(row(rows, "Đơn vị"));
        int total = rows.indexOf(row(rows, "Tổng cộng"));
        return rows.subList(header + 2, total + 1).stream().map(SheetRow::cells).toList();
    }

    /** The first row whose second cell (the unit) reads so; an empty row when there is none yet. */
    private static SheetRow row(List<SheetRow> rows, String label) {
        return rows.stream().filter(row -> row.cell(1).equals(label)).findFirst().orElse(new SheetRow(0, List.of()));
    }
}
