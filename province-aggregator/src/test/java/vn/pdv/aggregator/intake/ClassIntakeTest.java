package vn.pdv.aggregator.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.pdv.aggregator.AggregatorTest;
import vn.pdv.aggregator.UnitLog;
import vn.pdv.events.ClassHeld;
import vn.pdv.events.ClassKind;
import vn.pdv.stack.JsonApi;

/**
 * Seed 001's "4–5 awareness classes a year", through the real broker and registry: each class held counts once at
 * its organiser on its last day, whatever the relay re-sends; new-member classes count apart and classes of another
 * kind not at all; the target, entered through the targets API, is judged in progress, in status (against the pace
 * part-way through the year), in the year-end rating and in the report.
 */
@AggregatorTest
class ClassIntakeTest {

    @LocalServerPort
    int port;

    @Test
    void countsEachClassHeldOnceAtItsOrganiserAndJudgesTheYearlyRangeOfClasses() {
        JsonApi api = new JsonApi(port).as(AggregatorTest.PROVINCE_ADMIN);
        try (UnitLog log = new UnitLog()) {
            String root = log.committee();
            String branch = log.unit("A");
            ClassHeld march = log.classHeld(log.at(3), root, ClassKind.AWARENESS, LocalDate.of(2024, 3, 22));
            ClassHeld june = log.classHeld(log.at(4), root, ClassKind.AWARENESS, LocalDate.of(2024, 6, 14));
            ClassHeld newMembers = log.classHeld(log.at(5), root, ClassKind.NEW_MEMBER, LocalDate.of(2024, 7, 5));
            ClassHeld other = log.classHeld(log.at(6), root, ClassKind.OTHER, LocalDate.of(2024, 7, 6));
            ClassHeld september = log.classHeld(log.at(7), branch, ClassKind.AWARENESS, LocalDate.of(2024, 9, 20));
            log.send(log.registered(log.at(1), root, null), log.registered(log.at(2), branch, root),
                    march, june, newMembers, other, september);
            // The relay re-sends after a crash: every class again, unchanged.
            log.send(march, june, newMembers, other, september, march);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(UnitLog.appliedUpTo(api, root)).isEqualTo(7));

            JsonApi.Answer year = api.get("/api/progress/" + root + "/2024");
            assertThat(year.<Integer>read("$.pipeline.AWARENESS_CLASSES")).as("counted once each").isEqualTo(3);
            assertThat(year.<Integer>read("$.pipeline.NEW_MEMBER_CLASSES")).isEqualTo(1);
            assertThat(api.get("/api/progress/" + branch + "/2024").<Integer>read("$.pipeline.AWARENESS_CLASSES"))
                    .as("at the organiser").isEqualTo(1);
            assertThat(api.get("/api/progress/" + root + "/2024-Q1").<Integer>read("$.pipeline.AWARENESS_CLASSES"))
                    .as("on the class's last day").isEqualTo(1);

            JsonApi.Answer entered = api.put("/api/units/" + root + "/targets/2024", Map.of("plan", "104-KH/ĐUK",
                    "metric", "AWARENESS_CLASSES", "count", Map.of("atLeast", 4, "atMost", 5)));
            assertThat(entered.status()).as(entered.body()).isEqualTo(200);

            JsonApi.Answer judged = api.get("/api/progress/" + root + "/2024");
            assertThat(judged.<List<String>>read("$.ratios[*].target")).containsExactly("AWARENESS_CLASSES");
            assertThat(judged.<List<String>>read("$.ratios[*].fulfilment")).as("3 of 4–5").containsExactly("NOT_MET");
            assertThat(judged.<List<String>>read("$.ratios[*].vietnamese")).containsExactly(
                    "Tổ chức từ 4 đến 5 lớp bồi dưỡng nhận thức về Đảng năm 2024: 3 lớp (không đạt)");

            JsonApi.Answer rating = api.get("/api/ratings/" + root + "/2024");
            assertThat(rating.<List<String>>read("$.units[0].inputs[*].what")).containsExactly("AWARENESS_CLASSES");
            assertThat(rating.<String>read("$.units[0].rating")).as("too few classes, nothing else to rate")
                    .isEqualTo("NOT_MET");

            // By 30 June (182 of 366 days) the pace asks floor(4 × 0.497) = 1 class: two held are on pace.
            JsonApi.Answer june30 = api.get("/api/status/" + root + "?on=2024-06-30");
            assertThat(june30.<List<String>>read("$.ratios['" + root + "'][*].fulfilment")).containsExactly("MET");
            assertThat(june30.<List<Integer>>read("$.ratios['" + root + "'][*].expectedByNow")).containsExactly(1);
            assertThat(api.get("/api/status/" + root + "?on=2024-12-31")
                    .<List<String>>read("$.ratios['" + root + "'][*].fulfilment")).containsExactly("NOT_MET");

            ClassHeld fourth = log.classHeld(log.at(8), branch, ClassKind.AWARENESS, LocalDate.of(2024, 11, 8));
            log.send(fourth, fourth);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(api.get("/api/progress/" + root
                    + "/2024").<List<String>>read("$.ratios[*].fulfilment")).containsExactly("MET"));
            assertThat(api.get("/api/reports/" + root + "/2024?format=csv").body())
                    .contains("Tổ chức từ 4 đến 5 lớp bồi dưỡng nhận thức về Đảng năm 2024: 4 lớp (đạt)");
        }
    }

    @Test
    void refusesAClassTargetWithoutItsRangeOrWithARangeUpsideDown() {
        JsonApi api = new JsonApi(port).as(AggregatorTest.PROVINCE_ADMIN);
        try (UnitLog log = new UnitLog()) {
            String root = log.committee();
            log.send(log.registered(log.at(1), root, null));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(UnitLog.appliedUpTo(api, root)).isEqualTo(1));

            JsonApi.Answer missing = api.put("/api/units/" + root + "/targets/2024",
                    Map.of("plan", "104-KH/ĐUK", "metric", "AWARENESS_CLASSES"));
            JsonApi.Answer inverted = api.put("/api/units/" + root + "/targets/2024", Map.of("plan", "104-KH/ĐUK",
                    "metric", "AWARENESS_CLASSES", "count", Map.of("atLeast", 5, "atMost", 4)));
            JsonApi.Answer onAdmissions = api.put("/api/units/" + root + "/targets/2024", Map.of("plan", "104-KH/ĐUK",
                    "count", Map.of("atLeast", 4, "atMost", 5)));

            assertThat(missing.status()).isEqualTo(400);
            assertThat(missing.contentType()).startsWith("application/problem+json");
            assertThat(missing.<String>read("$.field")).isEqualTo("count");
            assertThat(missing.<String>read("$.detail")).contains("Cần nêu khoảng số lớp");
            assertThat(inverted.<String>read("$.field")).isEqualTo("count.atMost");
            assertThat(inverted.<String>read("$.rule")).isEqualTo("range-inverted");
            assertThat(inverted.<String>read("$.detail")).contains("Mức trên (4 lớp) nhỏ hơn mức dưới (5 lớp)");
            assertThat(onAdmissions.<String>read("$.rule")).isEqualTo("count-not-for-metric");
            assertThat(api.get("/api/progress/" + root + "/2024").<List<Object>>read("$.ratios")).isEmpty();
        }
    }
}
