package vn.pdv.aggregator.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.pdv.aggregator.AggregatorTest;
import vn.pdv.aggregator.UnitLog;
import vn.pdv.aggregator.alert.Alert;
import vn.pdv.aggregator.alert.AlertId;
import vn.pdv.aggregator.alert.AlertKind;
import vn.pdv.aggregator.alert.Alerts;
import vn.pdv.aggregator.alert.Message;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.status.Status;
import vn.pdv.events.QuotaMetric;
import vn.pdv.stack.JsonApi;
import vn.pdv.stack.Tokens;
import vn.pdv.stack.browser.Axe;
import vn.pdv.stack.browser.Browser;

/**
 * What asks a bloc officer for attention on a unit's page, in real headless Chromium against the real stack: the
 * alerts addressed to the unit and their acknowledgement, the plan upload's dry run and load with the findings row by
 * row, the plan's warnings on the unit's page, the breakdowns against the plan's targets, renamed and merged units in
 * the children table, the English switch, and the refusal page for another organisation's unit.
 * Screenshots in target/screenshots.
 */
@AggregatorTest
class UnitNoticesInBrowserTest {

    private static final String BLOC = "Đảng ủy Khối Thử nghiệm";
    private static final String HEALTH = "Đảng bộ Sở Y tế";
    private static final String HOSPITAL = "Đảng bộ Bệnh viện Đa khoa tỉnh";
    private static final String CLINIC = "Chi bộ Phòng khám Đa khoa";

    private static Browser laptop;

    @LocalServerPort
    int port;

    @Autowired
    Alerts alerts;

    JsonApi api;
    UnitLog log;
    String bloc;
    String health;
    String hospital;
    String clinic;

    @BeforeAll
    static void openBrowser() {
        laptop = Browser.laptop();
    }

    @AfterAll
    static void closeBrowser() {
        laptop.close();
    }

    @BeforeEach
    void playTheBlocsYear() {
        api = new JsonApi(port).as(AggregatorTest.PROVINCE_ADMIN);
        log = new UnitLog();
        bloc = log.committee();
        health = log.unit("2");
        hospital = log.unit("10");
        clinic = log.unit("11");
        log.send(log.registered(log.next(), bloc, BLOC, (String) null),
                log.registered(log.next(), health, HEALTH, bloc),
                log.registered(log.next(), hospital, HOSPITAL, bloc),
                log.registered(log.next(), clinic, CLINIC, bloc),
                log.quota(log.next(), bloc, 2024, QuotaMetric.ADMISSIONS, 10,
                        Map.of("YOUTH_UNION", 7, "TRADE_UNION", 3)),
                log.admitted(log.next(), health, LocalDate.of(2024, 2, 10), true),
                log.admitted(log.next(), hospital, LocalDate.of(2024, 4, 20), false),
                log.admitted(log.next(), hospital, LocalDate.of(2024, 5, 6), true),
                log.admitted(log.next(), clinic, LocalDate.of(2024, 6, 1), true));
        await().atMost(Duration.ofSeconds(30)).until(
                () -> api.get("/api/progress/" + bloc + "/2024").<Integer>read("$.admissions.actual") == 4);
        laptop.driver().manage().deleteAllCookies();
    }

    @AfterEach
    void closeLog() {
        log.close();
    }

    private String address(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private String page(String unit) {
        return address("/units/" + unit + "?period=2024&on=2024-12-31");
    }

    @Test
    void anAlertAddressedToTheUnitIsListedAndTheAdministratorAcknowledgesIt() {
        String id = "status|test|" + bloc + "|1|LAGGING";
        alerts.add(new Alert(new AlertId(id), AlertKind.STATUS_CHANGED, new UnitCode(health), HEALTH,
                List.of(new UnitCode(health), new UnitCode(bloc)), Status.LAGGING, Status.ON_TRACK, "ADMISSIONS",
                "2024", 12, 1, new BigDecimal("8.3"), Instant.parse("2024-06-30T01:00:00Z"),
                new Message(HEALTH + ": Chậm tiến độ (trước đó: Đúng tiến độ)",
                        HEALTH + ": Lagging (was: On track)"), List.of()));

        DashboardPage page = DashboardPage.open(laptop, page(bloc));
        WebElement listed = laptop.waitFor(By.cssSelector("#alerts li[data-alert='" + id + "']"));
        assertThat(listed.getText()).contains(HEALTH + ": Chậm tiến độ (trước đó: Đúng tiến độ)")
                .contains("Chậm tiến độ").contains("30/06/2024");
        assertThat(api.get("/api/alerts?unit=" + bloc).<List<String>>read("$[*].id")).contains(id);
        laptop.screenshot("dashboard-alerts-laptop");
        Axe.assertNoSeriousViolations(laptop);

        laptop.click(listed.findElement(By.cssSelector("button[type=submit]")));
        laptop.waitForText(By.cssSelector("#alerts .pdv-banner"), "Đã ghi nhận: đơn vị đã xem cảnh báo.");
        WebElement acknowledged = laptop.waitFor(By.cssSelector("#alerts li[data-alert='" + id + "']"));
        assertThat(acknowledged.getText()).contains("Đơn vị đã xác nhận đã xem lúc");
        assertThat(acknowledged.findElements(By.cssSelector("button"))).isEmpty();
        assertThat(laptop.currentUrl()).as("posted, then redirected back to the page").contains("/units/" + bloc)
                .doesNotContain("acknowledge");
        assertThat(page.heading()).isEqualTo(BLOC);

        laptop.open(page(health));
        assertThat(laptop.waitFor(By.cssSelector("#alerts li[data-alert='" + id + "']")).findElements(By.tagName("button")))
                .as("each addressee acknowledges for itself").hasSize(1);
    }

    @Test
    void theAdministratorChecksAPlanRowByRowThenLoadsItAndItsWarningsShowOnTheUnitsPage(@TempDir Path files)
            throws IOException {
        Path table = files.resolve("ke-hoach.csv");
        Files.writeString(table, """
                DANH SÁCH GIAO CHỈ TIÊU PHÁT TRIỂN ĐẢNG VIÊN NĂM 2024
                STT,Mã đơn vị,Đơn vị,,Chỉ tiêu phát triển đảng viên,,
                ,,,,Năm 2024,,
                ,,,,Tổng cộng,Đoàn viên thanh niên,Đoàn viên công đoàn
                1,%s,Đảng bộ,Sở Y tế,12,8,4
                2,%s,Đảng bộ,Bệnh viện Đa khoa tỉnh,8,10,0
                """.formatted(health, hospital), StandardCharsets.UTF_8);
        String plan = "7-KH/" + bloc;

        PlanUploadPage upload = PlanUploadPage.open(laptop, address("/plans"));
        upload.check(table, plan, "2024");
        assertThat(upload.heading()).isEqualTo("Kết quả kiểm tra (chưa nạp)");
        assertThat(upload.finding(hospital, "BREAKDOWN_EXCEEDS_TOTAL").getFirst()).isEqualTo("STT 2 (dòng 6)");
        assertThat(api.get("/api/progress/" + health + "/2024").<Object>read("$.admissions.quota"))
                .as("a dry run loads nothing").isNull();
        laptop.screenshot("plan-upload-checked-laptop");
        Axe.assertNoSeriousViolations(laptop);

        upload.load();
        assertThat(upload.heading()).isEqualTo("Kết quả nạp kế hoạch");
        assertThat(upload.summary()).startsWith("Đã nạp kế hoạch " + plan + ": 2 đơn vị, 2 chỉ tiêu, ");
        assertThat(upload.finding(hospital, "BREAKDOWN_EXCEEDS_TOTAL").getFirst()).isEqualTo("STT 2 (dòng 6)");
        assertThat(api.get("/api/progress/" + health + "/2024").<Integer>read("$.admissions.quota")).isEqualTo(12);
        laptop.screenshot("plan-upload-loaded-laptop");

        DashboardPage.open(laptop, page(bloc));
        List<String> warned = laptop.all(By.cssSelector("#plan-warnings-table tbody tr")).stream()
                .map(WebElement::getText).filter(row -> row.contains("STT 2 (dòng 6)")).toList();
        List<String> fromApi = api.get("/api/plans/warnings?plan=" + plan + "&unit=" + hospital)
                .read("$[*].messageVi");
        assertThat(warned).hasSize(fromApi.size()).allSatisfy(row -> assertThat(fromApi).anySatisfy(
                message -> assertThat(row).contains(message)));
    }

    @Test
    void theBreakdownsStandAgainstThePlansPartsAndTheChildrenSayWhatBecameOfThem() {
        api.post("/api/hierarchy/changes", Map.of("kind", "RENAME", "unit", hospital, "on", "2024-09-01",
                "name", HOSPITAL + " Bình Định"));
        api.post("/api/hierarchy/changes", Map.of("kind", "MERGE", "units", List.of(clinic), "into", health,
                "on", "2024-10-01"));

        DashboardPage page = DashboardPage.open(laptop, page(bloc));
        var year = api.get("/api/progress/" + bloc + "/2024");
        assertThat(page.breakdown("YOUTH_UNION")).containsExactly("Đoàn viên thanh niên",
                year.read("$.admissionsBy.YOUTH_UNION.quota").toString(),
                year.read("$.admissionsBy.YOUTH_UNION.actual").toString(), "75,0 %");
        assertThat(page.breakdown("TRADE_UNION")).containsExactly("Đoàn viên công đoàn", "3",
                year.read("$.admissionsBy.TRADE_UNION.actual").toString(), "25,0 %");
        assertThat(page.breakdown("FEMALE")).containsExactly("Nữ", "–", "4", "100,0 %");
        assertThat(page.breakdown("AGE_18_TO_30")).containsExactly("Từ 18 đến 30 tuổi", "–", "4", "100,0 %");
        assertThat(page.breakdown("READMISSION")).containsExactly("Kết nạp lại", "–", "0", "0,0 %");
        // The statistical form's splits: all four born in 2000, so 24 at their admission in 2024; no category typed.
        assertThat(page.category("AGE_18_TO_30")).containsExactly("Từ 18 đến 30 tuổi", "4", "100,0 %");
        assertThat(page.category("AGE_31_TO_40")).containsExactly("Từ 31 đến 40 tuổi", "0", "0,0 %");
        assertThat(page.category("EDUCATION_UNSPECIFIED")).containsExactly("Chưa rõ trình độ giáo dục", "4", "100,0 %");
        assertThat(page.category("SECTOR_FARMER")).containsExactly("Nông dân", "0", "0,0 %");
        assertThat(page.categoryFacts()).isEqualTo("Tuổi bình quân khi kết nạp: 24 (4 người rõ tuổi). Tổ chức cơ sở "
                + "đảng có kết nạp đảng viên: " + year.read("$.categories.organisationsAdmitted") + "; có nguồn kết nạp: "
                + year.read("$.categories.organisationsWithSources") + ".");
        assertThat(page.units()).containsExactlyInAnyOrder(HEALTH + " (hợp nhất từ: " + CLINIC + ")",
                HOSPITAL + " Bình Định (trước đây: " + HOSPITAL + ")");

        page.show("Năm 2024", "30/06/2024");
        assertThat(page.units()).as("the tree as it stood on the day").containsExactlyInAnyOrder(HEALTH, HOSPITAL,
                CLINIC);
        laptop.screenshot("dashboard-breakdowns-laptop");
        Axe.assertNoSeriousViolations(laptop);
    }

    /**
     * Each dashboard page holds a live stream, and Chromium opens at most six connections to one server: before pages
     * closed their streams when left, the seventh page waited tens of seconds for one of them to end. A person's
     * patience is the page-load limit here.
     */
    @Test
    void anOfficerGoesDownAndBackUpEightTimesAndEveryPageAnswers() {
        DashboardPage page = DashboardPage.open(laptop, page(bloc));
        laptop.driver().manage().timeouts().pageLoadTimeout(Browser.PATIENCE);
        try {
            for (int visit = 0; visit < 4; visit++) {
                page.drillInto(HEALTH);
                assertThat(page.heading()).isEqualTo(HEALTH);
                page.backTo(BLOC);
                assertThat(page.heading()).isEqualTo(BLOC);
            }
        } finally {
            laptop.driver().manage().timeouts().pageLoadTimeout(Duration.ofMinutes(5));
        }
    }

    @Test
    void theEnglishSwitchTurnsThePageIntoEnglishAndBack() {
        DashboardPage.open(laptop, page(bloc));
        laptop.click(By.linkText("English"));
        laptop.waitForText(By.cssSelector(".pdv-lead"), "2024");
        assertThat(laptop.waitFor(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        assertThat(laptop.waitFor(By.id("breakdown-heading")).getText()).isEqualTo("Who was admitted");
        assertThat(laptop.waitFor(By.id("alerts-heading")).getText()).isEqualTo("Alerts to this unit");
        laptop.screenshot("dashboard-bloc-english-laptop");
        Axe.assertNoSeriousViolations(laptop);

        laptop.click(By.linkText("Tiếng Việt"));
        laptop.waitForText(By.id("breakdown-heading"), "Cơ cấu đảng viên mới kết nạp");
        assertThat(laptop.waitFor(By.tagName("html")).getAttribute("lang")).isEqualTo("vi");
    }

    @Test
    void anOfficerOfAnotherOrganisationIsRefusedInVietnamese() {
        try (Browser other = Browser.laptop()) {
            other.open(page(bloc)).logInIfAsked("duk01.viewer", Tokens.DEMO_PASSWORD);
            other.waitForHeading("Không có quyền truy cập");
            assertThat(other.waitFor(By.tagName("main")).getText()).doesNotContain(BLOC).doesNotContain(HEALTH);
            other.screenshot("dashboard-refused-laptop");
            Axe.assertNoSeriousViolations(other);
        }
    }
}
