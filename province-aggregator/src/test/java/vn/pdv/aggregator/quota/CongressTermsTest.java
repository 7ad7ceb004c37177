package vn.pdv.aggregator.quota;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import vn.pdv.aggregator.AggregatorTest;
import vn.pdv.aggregator.UnitLog;
import vn.pdv.events.UnitKind;
import vn.pdv.stack.JsonApi;

/**
 * With the province's congress calendar configured, a grassroots committee's term runs from its congress of May 2020
 * to that of May 2025 (seed 004's 30 admissions over the term 2020–2025), through the real broker and the API; a level
 * with no calendar keeps calendar years.
 */
@AggregatorTest
@TestPropertySource(properties = "pdv.aggregator.terms.congresses.GRASSROOTS_COMMITTEE=2015-05-12,2020-05-15,2025-05-20")
class CongressTermsTest {

    @LocalServerPort
    int port;

    JsonApi api;
    UnitLog log;

    @BeforeEach
    void openLog() {
        api = new JsonApi(port).as(AggregatorTest.PROVINCE_ADMIN);
        log = new UnitLog();
    }

    @AfterEach
    void closeLog() {
        log.close();
    }

    @Test
    void anAdmissionAfterTheGrassrootsCongressOf2025CountsInTheNextTermAndThePaceRunsCongressToCongress() {
        String committee = log.committee();
        String branch = log.unit("A");
        log.send(log.registered(log.next(), committee, null, UnitKind.GRASSROOTS_COMMITTEE),
                log.registered(log.next(), branch, committee, UnitKind.SUBORDINATE_BRANCH),
                log.termQuota(log.next(), committee, 2020, 2025, 30),
                log.termQuota(log.next(), committee, 2025, 2030, 30),
                // Before the congress of 15 May 2020: the 2015–2020 term's.
                log.admitted(log.next(), branch, LocalDate.of(2020, 3, 1), true),
                log.admitted(log.next(), branch, LocalDate.of(2020, 6, 1), true),
                log.admitted(log.next(), branch, LocalDate.of(2024, 4, 1), true),
                // After the congress of 20 May 2025: the 2025–2030 term's, though still in the calendar year 2025.
                log.admitted(log.next(), branch, LocalDate.of(2025, 6, 10), true));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(actual(committee, "2025-2030")).isEqualTo(1));
        assertThat(actual(committee, "2020-2025")).isEqualTo(2);
        assertThat(actual(committee, "2015-2020")).isEqualTo(1);
        assertThat(actual(committee, "2025")).as("the calendar year keeps both sides of the congress").isEqualTo(1);

        // 31 December 2020: 0.63 of the term's 5.01 years since the congress is due, 3 of 30 (calendar years: 5 of 30).
        var december2020 = api.get("/api/status/" + committee + "?on=2020-12-31");
        assertThat(december2020.<String>read("$.statuses[0].metric")).isEqualTo("ADMISSIONS");
        assertThat(december2020.<String>read("$.statuses[0].period")).isEqualTo("2020-2025");
        assertThat(december2020.<Integer>read("$.statuses[0].actual")).isEqualTo(1);
        assertThat(december2020.<Integer>read("$.statuses[0].expected")).isEqualTo(3);
        // The term 2020–2025 ended at the congress: in June 2025 the unit is judged on its new term.
        var june2025 = api.get("/api/status/" + committee + "?on=2025-06-30");
        assertThat(june2025.<String>read("$.statuses[0].period")).isEqualTo("2025-2030");
        assertThat(june2025.<Integer>read("$.statuses[0].actual")).isEqualTo(1);
        var lastDay = api.get("/api/status/" + committee + "?on=2025-05-19");
        assertThat(lastDay.<String>read("$.statuses[0].period")).isEqualTo("2020-2025");
        assertThat(lastDay.<String>read("$.statuses[0].reasonEn")).isEqualTo("term 2020–2025 ended at 2/30.");
    }

    @Test
    void aLevelWithoutACalendarKeepsCalendarYears() {
        UnitLog bloc = new UnitLog();
        try (bloc) {
            String committee = bloc.committee();
            bloc.send(bloc.registered(bloc.next(), committee, null, UnitKind.BLOC_COMMITTEE),
                    bloc.termQuota(bloc.next(), committee, 2020, 2025, 30),
                    bloc.admitted(bloc.next(), committee, LocalDate.of(2020, 3, 1), true),
                    bloc.admitted(bloc.next(), committee, LocalDate.of(2025, 6, 10), true));

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(actual(committee, "2020-2025")).isEqualTo(2));
            var december2020 = api.get("/api/status/" + committee + "?on=2020-12-31");
            assertThat(december2020.<Integer>read("$.statuses[0].expected")).isEqualTo(5);
        }
    }

    private int actual(String unit, String period) {
        return api.get("/api/progress/" + unit + "/" + period).<Integer>read("$.admissions.actual");
    }
}
