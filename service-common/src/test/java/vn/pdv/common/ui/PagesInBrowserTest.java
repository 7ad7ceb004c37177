package vn.pdv.common.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.pdv.common.ui.live.LiveUpdates;
import vn.pdv.common.ui.sample.SampleApp;
import vn.pdv.common.ui.sample.SampleUnits;
import vn.pdv.stack.browser.Axe;
import vn.pdv.stack.browser.Browser;
import vn.pdv.stack.browser.PageWeight;

/**
 * The shared layout and fragments in real headless Chromium, through the sample page: what a clerk sees on a laptop
 * and on a phone, the error summary, the language switch, sorting, a live update, accessibility and page weight.
 * Screenshots are kept in target/screenshots.
 */
@SampleApp
class PagesInBrowserTest {

    private static Browser laptop;
    private static Browser phone;

    @LocalServerPort
    int port;

    @Autowired
    SampleUnits units;

    @Autowired
    LiveUpdates live;

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
    void forgetTheLanguageChosen() {
        laptop.driver().manage().deleteAllCookies();
        phone.driver().manage().deleteAllCookies();
    }

    private String sample() {
        return "http://127.0.0.1:" + port + "/sample";
    }

    @Test
    void onALaptopTheClerkReadsFiguresTagsAndTheChartInVietnamese() {
        SamplePage page = SamplePage.open(laptop, sample());

        assertThat(page.heading()).isEqualTo("Tiến độ kết nạp đảng viên");
        assertThat(laptop.script("return [window.innerWidth, window.innerHeight]")).isEqualTo(java.util.List.of(1366L, 768L));
        assertThat(page.figure("Chỉ tiêu")).isEqualTo("1.234");
        assertThat(page.statuses()).contains("Đã đạt", "Đúng tiến độ", "Có nguy cơ chậm", "Chậm tiến độ", "Chưa có chỉ tiêu");
        assertThat(page.row("DUK-31")).containsSubsequence("1.234", "300", "24,3 %");
        laptop.until(driver -> page.chartDrawn() ? Boolean.TRUE : null, "the chart drawn");
        laptop.screenshot("sample-laptop");
        Axe.assertNoSeriousViolations(laptop);
    }

    @Test
    void onAPhoneThePageFitsTheScreenAndPassesTheSameChecks() {
        SamplePage page = SamplePage.open(phone, sample());

        assertThat(page.heading()).isEqualTo("Tiến độ kết nạp đảng viên");
        assertThat(phone.script("return window.innerWidth")).isEqualTo(375L);
        phone.until(driver -> page.chartDrawn() ? Boolean.TRUE : null, "the chart drawn");
        assertThat(phone.scrollsSideways()).as("the page scrolls sideways on a 375 px phone").isFalse();
        phone.screenshot("sample-phone");
        Axe.assertNoSeriousViolations(phone);
    }

    @Test
    void aRefusedVoteListsBothProblemsAtTheTopAndEachLinkLeadsToItsField() {
        SamplePage page = SamplePage.open(laptop, sample()).vote("", "7", "9", "28/06/2024");

        assertThat(page.focusedClass()).as("the summary takes the focus").contains("pdv-error-summary");
        assertThat(page.errorSummary()).containsExactly(
                new SamplePage.SummaryLink("Nhập số đảng viên chính thức của chi bộ", "officialMembers"),
                new SamplePage.SummaryLink("Số tán thành (9) nhiều hơn số đảng viên có mặt (7)", "inFavour"));
        assertThat(page.followErrorLink(0)).isEqualTo("officialMembers");
        assertThat(page.followErrorLink(1)).isEqualTo("inFavour");
        assertThat(page.errorAt("inFavour")).contains("Số tán thành (9) nhiều hơn số đảng viên có mặt (7)",
                "Cách sửa:", "số tán thành không thể vượt số có mặt");
        assertThat(page.errorAt("officialMembers")).contains("Nhập số đảng viên chính thức của chi bộ");
        assertThat(page.valueOf("present")).as("what the clerk typed stays").isEqualTo("7");
        assertThat(page.valueOf("votedOn")).isEqualTo("28/06/2024");
        laptop.screenshot("sample-errors-laptop");
        Axe.assertNoSeriousViolations(laptop);

        SamplePage.open(phone, sample()).vote("", "7", "9", "28/06/2024");
        phone.screenshot("sample-errors-phone");
        assertThat(phone.scrollsSideways()).isFalse();
    }

    @Test
    void theLanguageSwitchChangesTheWordsAndTheFiguresAndIsRemembered() {
        SamplePage page = SamplePage.open(laptop, sample()).switchTo("English");

        assertThat(page.heading()).isEqualTo("Progress of admissions");
        assertThat(page.statuses()).contains("Met", "On track", "At risk", "Lagging");
        assertThat(page.row("DUK-31")).containsSubsequence("1,234", "300", "24.3%");
        assertThat(laptop.script("return document.documentElement.lang")).isEqualTo("en");
        laptop.screenshot("sample-english-laptop");
        Axe.assertNoSeriousViolations(laptop);

        SamplePage again = SamplePage.open(laptop, sample());
        assertThat(again.heading()).isEqualTo("Progress of admissions");
        assertThat(again.switchTo("Tiếng Việt").heading()).isEqualTo("Tiến độ kết nạp đảng viên");
    }

    @Test
    void aHeadingSortsTheTableOnTheServerAndSaysWhichWay() {
        SamplePage page = SamplePage.open(laptop, sample());
        assertThat(page.ariaSort("Chênh lệch so với tiến độ")).isEqualTo("ascending");
        assertThat(page.units().getFirst()).isEqualTo("Chi bộ Ngân hàng Nhà nước chi nhánh tỉnh");

        page.sortBy("Chỉ tiêu");
        assertThat(page.ariaSort("Chỉ tiêu")).isEqualTo("ascending");
        assertThat(page.ariaSort("Chênh lệch so với tiến độ")).isEqualTo("none");
        assertThat(page.units().getFirst()).isEqualTo("Chi bộ Hội Liên hiệp Phụ nữ");

        page.sortBy("Chỉ tiêu");
        assertThat(page.ariaSort("Chỉ tiêu")).isEqualTo("descending");
        assertThat(page.units().getFirst()).isEqualTo("Chi bộ Ngân hàng Nhà nước chi nhánh tỉnh");
        assertThat(laptop.currentUrl()).endsWith("sort=quota,desc");
    }

    @Test
    void aChangeShowsOnTheOpenPageWithoutAReloadChartIncludedAndABurstIsOneOrTwoRefreshes() {
        SamplePage page = SamplePage.open(laptop, sample());
        laptop.until(driver -> page.chartDrawn() ? Boolean.TRUE : null, "the chart drawn");
        laptop.script("window.pdvSameVisit = true;");
        await().atMost(Duration.ofSeconds(20)).until(() -> live.subscribers("DUK") >= 1);
        long before = units.admitted();

        for (int step = 0; step < 5; step++) {
            units.admitOne();
            live.changed("DUK");
        }

        page.waitForFigure("Đã kết nạp", String.valueOf(before + 5));
        assertThat(laptop.script("return window.pdvSameVisit === true")).as("the page was not reloaded").isEqualTo(true);
        laptop.until(driver -> page.chartDrawn() && page.chartedActual().longValue() == before + 5 ? Boolean.TRUE : null,
                "the chart redrawn with the new figure");
        Number refreshes = (Number) laptop.script(
                "return performance.getEntriesByType('resource').filter(e => e.name.includes('/sample/figures')).length");
        assertThat(refreshes.intValue()).isBetween(1, 2);
    }

    @Test
    void aRefusedOrUnknownPageSaysSoInVietnameseOnTheLayoutWithTheWayHome() {
        laptop.open("http://127.0.0.1:" + port + "/sample/other-unit");
        assertThat(laptop.heading()).isEqualTo("Bạn không có quyền xem trang này");
        laptop.waitForText("Mã lỗi: 403");
        laptop.screenshot("error-403-laptop");
        Axe.assertNoSeriousViolations(laptop);

        phone.open("http://127.0.0.1:" + port + "/khong-co-trang-nay");
        assertThat(phone.heading()).isEqualTo("Không tìm thấy trang");
        phone.waitForText("Về trang chủ");
        phone.screenshot("error-404-phone");
    }

    @Test
    void thePageWeighsLessThanOneMegabyteAndComesOnlyFromTheService() {
        try (Browser fresh = Browser.laptop()) {
            SamplePage.open(fresh, sample());
            fresh.until(driver -> fresh.script("return !!(window.Chart && window.htmx)"), "the scripts loaded");
            PageWeight weight = fresh.weight();
            System.out.println("Sample page weight:\n" + weight);

            assertThat(weight.decoded()).isLessThan(1_000_000);
            assertThat(weight.transferred()).isLessThan(1_000_000);
            assertThat(weight.origins()).containsExactly("http://127.0.0.1:" + port);
        }
    }
}
