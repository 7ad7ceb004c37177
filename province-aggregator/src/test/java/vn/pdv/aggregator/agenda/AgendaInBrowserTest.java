package vn.pdv.aggregator.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.pdv.aggregator.AggregatorTest;
import vn.pdv.aggregator.UnitLog;
import vn.pdv.events.AdmissionVoted;
import vn.pdv.events.UnitKind;
import vn.pdv.stack.JsonApi;
import vn.pdv.stack.browser.Axe;
import vn.pdv.stack.browser.Browser;

/**
 * A bloc committee's staff preparing the monthly meeting, in real headless Chromium against the aggregator fed through
 * the real broker: from the bloc's page to its agenda, the overdue admission first and marked in words, the
 * recognition in time after it; on a phone, the page does not scroll sideways. Screenshots in target/screenshots.
 */
@AggregatorTest
class AgendaInBrowserTest {

    private static Browser laptop;

    @LocalServerPort
    int port;

    @BeforeAll
    static void openBrowser() {
        laptop = Browser.laptop();
    }

    @AfterAll
    static void closeBrowser() {
        laptop.close();
    }

    @Test
    void theStaffSeeTheOverdueProposalFirstMarkedInWords() {
        JsonApi api = new JsonApi(port).as(AggregatorTest.PROVINCE_ADMIN);
        try (UnitLog log = new UnitLog()) {
            AgendaEvents events = new AgendaEvents(log);
            String bloc = log.committee();
            String branch = log.unit("1");
            log.send(log.registered(log.next(), bloc, null, UnitKind.BLOC_COMMITTEE),
                    log.registered(log.next(), branch, "Chi bộ Phòng Tổ chức", bloc));
            log.send(events.voted("a7c0-overdue", branch, LocalDate.of(2026, 1, 5)),
                    events.proposed("a7c0-overdue", branch, LocalDate.of(2026, 1, 20)));
            log.send(events.recognitionVoted("b3d1-in-time", branch, LocalDate.of(2026, 3, 2)));
            AdmissionVoted last = events.voted("c9e2-not-yet-proposed", branch, LocalDate.of(2026, 3, 3));
            log.send(last);
            long sequence = last.getMetadata().getSequence();
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(UnitLog.appliedUpTo(api, bloc)).isEqualTo(sequence));

            String unitPage = "http://127.0.0.1:" + port + "/units/" + bloc + "?period=2026&on=2026-04-06";
            AgendaPage agenda = AgendaPage.fromUnitPage(laptop, unitPage);

            assertThat(agenda.lead()).isEqualTo("Đơn vị " + bloc + ", tính đến ngày 06/04/2026");
            assertThat(agenda.summary())
                    .isEqualTo("Có 2 hồ sơ chờ quyết định, trong đó 1 hồ sơ đã quá hạn (xếp lên đầu).");
            assertThat(agenda.overdue()).containsExactly(true, false);
            List<List<String>> rows = agenda.rows();
            assertThat(rows.get(0)).containsExactly("Quá hạn 3 ngày (1 ngày làm việc)", "Quyết định kết nạp",
                    "Chi bộ Phòng Tổ chức", "a7c0-overdue", "20/01/2026", "03/04/2026", "20/05/2026");
            assertThat(rows.get(1)).startsWith("Còn trong hạn", "Quyết định công nhận đảng viên chính thức",
                    "Chi bộ Phòng Tổ chức", "b3d1-in-time", "02/03/2026");
            laptop.screenshot("agenda-bloc-laptop");
            Axe.assertNoSeriousViolations(laptop);

            agenda.backToTheUnit();

            // The same agenda on a 375 px phone: the seven columns scroll inside their own frame, not the page.
            try (Browser phone = Browser.phone()) {
                AgendaPage onPhone = AgendaPage.fromUnitPage(phone, unitPage);
                assertThat(onPhone.rows()).hasSize(2);
                assertThat(phone.scrollsSideways()).as("the page scrolls sideways on a 375 px phone").isFalse();
                phone.screenshot("agenda-bloc-phone");
                Axe.assertNoSeriousViolations(phone);
            }
        }
    }
}
