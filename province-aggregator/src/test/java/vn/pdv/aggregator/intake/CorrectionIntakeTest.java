package vn.pdv.aggregator.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.pdv.aggregator.AggregatorApplication;
import vn.pdv.aggregator.AggregatorTest;
import vn.pdv.aggregator.UnitLog;
import vn.pdv.stack.InProcessServices;
import vn.pdv.stack.JsonApi;
import vn.pdv.stack.TestStackInitializer;

/**
 * Corrections and voids of recorded steps, sent through the real broker and registry: a corrected admission leaves
 * the day and branch it was counted at and counts where it now belongs, a voided one counts nowhere and its candidate
 * is back at the decision; redelivered any number of times, or replayed from the start into an empty store, the
 * figures are the same.
 */
@AggregatorTest
class CorrectionIntakeTest {

    private static final LocalDate MAY_19 = LocalDate.of(2024, 5, 19);
    private static final LocalDate JULY_2 = LocalDate.of(2024, 7, 2);

    @LocalServerPort
    int port;

    @Test
    void movesACorrectedAdmissionAndTakesBackAVoidedOneExactlyOnceWhetherRedeliveredOrReplayedFromEmpty() {
        JsonApi api = new JsonApi(port).as(AggregatorTest.PROVINCE_ADMIN);
        try (UnitLog log = new UnitLog(); InProcessServices replay = new InProcessServices()) {
            String root = log.committee();
            String a = log.unit("A");
            String b = log.unit("B");
            log.send(log.registered(log.next(), root, null), log.registered(log.next(), a, root),
                    log.registered(log.next(), b, root), log.quota(log.next(), root, 2024, 20, 13));
            var movedLater = log.admitted(log.next(), a, MAY_19, true);
            var voidedLater = log.admitted(log.next(), a, MAY_19, true);
            var correction = log.corrected(log.next(), movedLater, b, JULY_2);
            var voiding = log.voided(log.next(), voidedLater);
            log.send(movedLater, voidedLater, correction, voiding);
            // The relay re-sends after a crash: the correction and the void twice more, the admissions once more.
            log.send(correction, voiding, movedLater, voidedLater, correction, voiding);
            long last = correction.getMetadata().getSequence() + 1;
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(UnitLog.appliedUpTo(api, root)).isEqualTo(last));

            var whole = api.get("/api/progress/" + root + "/2024");
            assertThat(whole.<Integer>read("$.admissions.actual")).isEqualTo(1);
            assertThat(whole.<Integer>read("$.admissionsBy.YOUTH_UNION.actual")).isEqualTo(1);
            assertThat(whole.<Integer>read("$.stock.PROBATIONARY_MEMBER")).isEqualTo(1);
            assertThat(whole.<Integer>read("$.stock.ADMISSION_DECIDED")).isEqualTo(1);
            assertThat(actual(api, root + "/2024-Q2")).as("the day it was counted on").isZero();
            assertThat(actual(api, root + "/2024-Q3")).as("the day it happened").isEqualTo(1);
            assertThat(actual(api, a + "/2024")).as("the branch it was counted at").isZero();
            assertThat(actual(api, b + "/2024")).as("the branch it belongs to").isEqualTo(1);
            var ofA = api.get("/api/progress/" + a + "/2024");
            assertThat(ofA.<Integer>read("$.stock.PROBATIONARY_MEMBER")).isZero();
            assertThat(ofA.<Integer>read("$.stock.ADMISSION_DECIDED")).as("the voided admission's candidate").isEqualTo(1);
            assertThat(api.get("/api/progress/" + b + "/2024").<Integer>read("$.stock.PROBATIONARY_MEMBER")).isEqualTo(1);
            assertThat(api.get("/api/logs/" + root).<List<?>>read("$[0].gaps")).isEmpty();
            List<String> figures = figures(api, root, a, b);

            var second = replay.start(new SpringApplicationBuilder(AggregatorApplication.class), Stream.concat(
                    TestStackInitializer.properties("replay-" + UUID.randomUUID()).stream(), Stream.of(
                            "spring.config.name=" + AggregatorApplication.CONFIG_NAME,
                            "pdv.aggregator.group-id=replay-" + UUID.randomUUID())).toList());
            JsonApi replayed = InProcessServices.api(second).as(AggregatorTest.PROVINCE_ADMIN);

            await().atMost(Duration.ofSeconds(120)).untilAsserted(() ->
                    assertThat(UnitLog.appliedUpTo(replayed, root)).isEqualTo(last));
            assertThat(figures(replayed, root, a, b)).isEqualTo(figures);
        }
    }

    private static int actual(JsonApi api, String unitAndPeriod) {
        return api.get("/api/progress/" + unitAndPeriod).<Integer>read("$.admissions.actual");
    }

    /** The figures of the committee and both branches, whole, for the year and the two quarters the admission moved between. */
    private static List<String> figures(JsonApi api, String... units) {
        List<String> figures = new ArrayList<>();
        for (String unit : units) {
            for (String period : List.of("2024", "2024-Q2", "2024-Q3")) {
                figures.add(api.get("/api/progress/" + unit + "/" + period).body());
            }
        }
        return figures;
    }
}
