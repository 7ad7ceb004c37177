package vn.pdv.aggregator.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.pdv.aggregator.AggregatorTest;
import vn.pdv.aggregator.UnitLog;
import vn.pdv.common.ui.live.LiveUpdates;
import vn.pdv.events.QuotaMetric;
import vn.pdv.events.UnitKind;
import vn.pdv.stack.JsonApi;
import vn.pdv.stack.browser.Axe;
import vn.pdv.stack.browser.Browser;
import vn.pdv.stack.browser.PageWeight;

/**
 * A bloc officer's visit to the dashboard in real headless Chromium, against the aggregator fed through the real
 * broker and registry: the figures are the API's, drilling down and back up, another period and day, a step that
 * shows without a reload, accessibility, the phone, page weight and render time. Screenshots in target/screenshots.
 */
@AggregatorTest
class DashboardInBrowserTest {

    private static final String BLOC = "Đảng ủy Khối Thử nghiệm";
    private static final String HEALTH = "Đảng bộ Sở Y tế";
    private static final String HOSPITAL = "Đảng bộ Bệnh viện Đa khoa tỉnh";
    private static final String WARD = "Chi bộ Khoa Nhi";

    private static Browser laptop;
    private static Browser phone;

    @LocalServerPort
    int port;

    @Autowired
    LiveUpdates live;

    JsonApi api;
    UnitLog log;
    String bloc;
    String health;
    String hospital;
    String ward;

    @BeforeAll
    static void openBrowsers() {
        laptop = Browser.laptop();
        phone = Browser.phone();
    }

    @AfterAll
    static void closeBrowsers() {
        laptop.close();
        phone.close();
    }

    @BeforeEach
    void playTheBlocsYear() {
        api = new JsonApi(port).as(AggregatorTest.PROVINCE_ADMIN);
        log = new UnitLog();
        bloc = log.committee();
        health = log.unit("2");
        hospital = log.unit("10");
        ward = log.unit("2-1");
        log.send(log.registered(log.next(), bloc, BLOC, (String) null),
                log.registered(log.next(), health, HEALTH, bloc),
                log.registered(log.next(), hospital, HOSPITAL, bloc),
                log.registered(log.next(), ward, WARD, health),
                log.quota(log.next(), bloc, 2024, QuotaMetric.ADMISSIONS, 24, Map.of()),
                log.quota(log.next(), health, 2024, QuotaMetric.ADMISSIONS, 12, Map.of()),
                log.quota(log.next(), hospital, 2024, QuotaMetric.ADMISSIONS, 10, Map.of()),
                log.admitted(log.next(), health, LocalDate.of(2024, 2, 10), true),
                log.admitted(log.next(), ward, LocalDate.of(2024, 5, 5), true),
                log.admitted(log.next(), ward, LocalDate.of(2024, 5, 6), true),
                log.admitted(log.next(), ward, LocalDate.of(2024, 6, 1), false),
                log.admitted(log.next(), hospital, LocalDate.of(2024, 4, 20), false),
                log.admitted(log.next(), hospital, LocalDate.of(2024, 8, 8), true),
                log.admitted(log.next(), bloc, LocalDate.of(2024, 5, 19), true),
                log.source(log.next(), ward, LocalDate.of(2024, 4, 2)));
        await().atMost(Duration.ofSeconds(30)).until(
                () -> api.get("/api/progress/" + bloc + "/2024").<Integer>read("$.admissions.actual") == 7);
        laptop.driver().manage().deleteAllCookies();
    }

    @AfterEach
    void closeLog() {
        log.close();
    }

    private String page(String unit, String query) {
        return "http://127.0.0.1:" + port + "/units/" + unit + "?" + query;
    }

    @Test
    void theFiguresAreTheApisAndTheOfficerDrillsDownAndComesBackUp() {
        DashboardPage page = DashboardPage.open(laptop, page(bloc, "period=2024&on=2024-12-31"));

        var year = api.get("/api/progress/" + bloc + "/2024");
        assertThat(page.heading()).isEqualTo(BLOC);
        assertThat(page.lead()).isEqualTo("Năm 2024, tính đến ngày 31/12/2024");
        assertThat(page.figure("Chỉ tiêu kết nạp")).isEqualTo(year.read("$.admissions.quota").toString());
        assertThat(page.figure("Đã kết nạp")).isEqualTo(year.read("$.admissions.actual").toString());
        assertThat(page.figure("Tỷ lệ đạt")).isEqualTo(vietnamesePercent(year.read("$.admissions.percentOfPlan")))
                .isEqualTo("29,2 %");
        assertThat(page.reason()).isEqualTo("Hết năm 2024, chỉ đạt 7/24.");
        assertThat(page.row(health)).containsExactly(HEALTH, "12", "4", "33,3 %", "Chậm tiến độ", "-8");
        assertThat(page.row(hospital)).containsExactly(HOSPITAL, "10", "2", "20,0 %", "Chậm tiến độ", "-8");
        assertThat(page.stock("Nguồn")).isEqualTo("1");
        assertThat(page.sourcesBy("INTRODUCED_BY_YOUTH_UNION")).containsExactly("Đoàn Thanh niên giới thiệu", "–",
                year.read("$.sourcesBy.INTRODUCED_BY_YOUTH_UNION.actual").toString()).endsWith("1");
        assertThat(page.sourcesBy("INTRODUCED_BY_WOMENS_UNION")).containsExactly("Hội Phụ nữ giới thiệu", "–", "0");
        assertThat(page.freshness()).startsWith("Số liệu đến ");
        assertThat(page.downloads()).containsExactly(
                "http://127.0.0.1:" + port + "/api/reports/" + bloc + "/2024?format=xlsx",
                "http://127.0.0.1:" + port + "/api/reports/" + bloc + "/2024?format=csv",
                "http://127.0.0.1:" + port + "/api/ratings/" + bloc + "/2024?format=xlsx");
        laptop.until(driver -> page.chartDrawn() ? Boolean.TRUE : null, "the chart drawn");
        assertThat(page.chartedActual().longValue()).isEqualTo(7);
        laptop.screenshot("dashboard-bloc-laptop");
        Axe.assertNoSeriousViolations(laptop);

        page.sortBy("Đơn vị");
        assertThat(page.units()).containsExactly(HOSPITAL, HEALTH);

        page.drillInto(HEALTH);
        var organisation = api.get("/api/progress/" + health + "/2024");
        assertThat(page.figure("Đã kết nạp")).isEqualTo(organisation.read("$.admissions.actual").toString());
        assertThat(page.figure("Chỉ tiêu kết nạp")).isEqualTo("12");
        assertThat(page.breadcrumbs()).containsExactly("Trang chủ", BLOC, HEALTH);
        assertThat(page.units()).containsExactly(WARD);
        assertThat(page.freshness()).startsWith("Số liệu đến ").endsWith(", do " + BLOC + " gửi lên.");
        laptop.screenshot("dashboard-organisation-laptop");

        page.backTo(BLOC);
        assertThat(page.figure("Đã kết nạp")).isEqualTo("7");
    }

    @Test
    void anotherPeriodAndDayShowTheirOwnFiguresAndTheReasonNamesTheDay() {
        DashboardPage page = DashboardPage.open(laptop, page(bloc, "period=2024&on=2024-12-31"));

        page.show("Quý II/2024", "30/06/2024");
        var quarter = api.get("/api/progress/" + bloc + "/2024-Q2");
        assertThat(page.lead()).isEqualTo("Quý II/2024, tính đến ngày 30/06/2024");
        assertThat(page.figure("Đã kết nạp")).isEqualTo(quarter.read("$.admissions.actual").toString()).isEqualTo("5");
        assertThat(page.figure("Chỉ tiêu kết nạp")).isEqualTo("–");

        page.show("Năm 2024", "30/06/2024");
        var status = api.get("/api/status/" + bloc + "?on=2024-06-30");
        List<Integer> expected = status.read("$.statuses[?(@.metric == 'ADMISSIONS')].expected");
        List<Integer> actual = status.read("$.statuses[?(@.metric == 'ADMISSIONS')].actual");
        assertThat(page.figure("Đã kết nạp")).isEqualTo(actual.getFirst().toString()).isEqualTo("6");
        assertThat(page.reason()).isEqualTo("Chậm tiến độ: mới 6/24, theo tiến độ cần "
                + expected.getFirst() + " đến 30/06/2024.");
        laptop.screenshot("dashboard-half-year-laptop");

        page.show("Năm 2024", "31/02/2024");
        assertThat(laptop.waitFor(org.openqa.selenium.By.cssSelector(".pdv-error-summary")).getText())
                .contains("Ngày không đúng định dạng");
        Axe.assertNoSeriousViolations(laptop);
    }

    @Test
    void aStepReachingTheAggregatorShowsOnTheOpenPageWithoutAReload() {
        DashboardPage page = DashboardPage.open(laptop, page(bloc, "period=2024&on=2024-12-31"));
        laptop.until(driver -> page.chartDrawn() ? Boolean.TRUE : null, "the chart drawn");
        laptop.script("window.pdvSameVisit = true;");
        await().atMost(Duration.ofSeconds(20)).until(() -> live.subscribers(bloc) >= 1);

        log.send(log.admitted(log.next(), ward, LocalDate.of(2024, 3, 3), true));
        long sent = System.nanoTime();
        page.waitForFigure("Đã kết nạp", "8");
        System.out.printf("A step sent to the topic showed on the open page after %d ms%n",
                (System.nanoTime() - sent) / 1_000_000);

        assertThat(laptop.script("return window.pdvSameVisit === true")).as("the page was not reloaded").isEqualTo(true);
        assertThat(page.row(health)).containsSubsequence("12", "5");
        laptop.until(driver -> page.chartDrawn() && page.chartedActual().longValue() == 8 ? Boolean.TRUE : null,
                "the chart redrawn with the new figure");
    }

    @Test
    void onAPhoneThePageFitsAndPassesTheSameChecks() {
        DashboardPage page = DashboardPage.open(phone, page(bloc, "period=2024&on=2024-06-30"));

        assertThat(page.figure("Đã kết nạp")).isEqualTo("6");
        phone.until(driver -> page.chartDrawn() ? Boolean.TRUE : null, "the chart drawn");
        assertThat(phone.scrollsSideways()).as("the page scrolls sideways on a 375 px phone").isFalse();
        phone.screenshot("dashboard-bloc-phone");
        Axe.assertNoSeriousViolations(phone);
    }

    @Test
    void thePageWeighsUnderOneMegabyteAndComesOnlyFromTheService() {
        try (Browser fresh = Browser.laptop()) {
            DashboardPage.open(fresh, page(bloc, "period=2024&on=2024-12-31"));
            fresh.until(driver -> fresh.script("return !!(window.Chart && window.htmx)"), "the scripts loaded");
            PageWeight weight = fresh.weight();
            System.out.println("Dashboard page weight:\n" + weight);
            assertThat(weight.decoded()).isLessThan(1_000_000);
            assertThat(weight.transferred()).isLessThan(1_000_000);
            assertThat(weight.origins()).containsExactly("http://127.0.0.1:" + port);

        }
    }

    private static String vietnamesePercent(Object points) {
        return new java.math.BigDecimal(points.toString()).setScale(1).toPlainString().replace('.', ',') + " %";
    }
}
