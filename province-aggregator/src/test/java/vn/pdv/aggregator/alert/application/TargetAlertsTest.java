package vn.pdv.aggregator.alert.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import vn.pdv.aggregator.AggregatorTest;
import vn.pdv.aggregator.UnitLog;
import vn.pdv.aggregator.VietnamClock;
import vn.pdv.events.ClassKind;
import vn.pdv.stack.JsonApi;
import vn.pdv.stack.SettableClock;

/**
 * A plan's own targets watched like quotas, on the real judge, broker and MongoDB: a unit behind on "4–5 awareness
 * classes a year", "3–4% of membership" or "≥ 70% youth-union" gets one alert naming the target, the value and the
 * threshold, none more while it stays behind, and one when it catches up. The day is 30 December 2024 in Vietnam, so
 * that the pace asks for nearly the whole year.
 */
@AggregatorTest
@Import(VietnamClock.class)
// The properties CompletenessTest and VietnamDayTest run with, so that the three share one Spring context.
@TestPropertySource(properties = "pdv.aggregator.quiet-after=P14D")
class TargetAlertsTest {

    /** Noon of 30 December 2024 in Vietnam: 365 of 366 days due, the pace asks floor(4 × 0.997) = 3 classes. */
    private static final Instant DECEMBER_30 = Instant.parse("2024-12-30T05:00:00Z");

    @LocalServerPort
    int port;

    @Autowired
    SettableClock clock;
    @Autowired
    AlertWatcher watcher;

    @AfterEach
    void putTheClockBack() {
        clock.moveTo(Instant.now());
    }

    @Test
    void aUnitBehindOnItsTargetsGetsOneAlertPerTargetOncePerChangeNotEverySweep() {
        JsonApi api = new JsonApi(port).as(AggregatorTest.PROVINCE_ADMIN);
        clock.moveTo(DECEMBER_30);
        try (UnitLog log = new UnitLog()) {
            String root = log.committee();
            String branch = log.unit("A");
            log.send(log.registered(log.next(), root, null), log.registered(log.next(), branch, root),
                    log.classHeld(log.next(), root, ClassKind.AWARENESS, LocalDate.of(2024, 3, 22)),
                    log.admitted(log.next(), branch, LocalDate.of(2024, 5, 19), true),
                    log.admitted(log.next(), branch, LocalDate.of(2024, 8, 2), false));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(UnitLog.appliedUpTo(api, root)).isEqualTo(5));
            // 6 % of 200 members would be 12; 3 % is 6 a year, 5 of them due by the day: 2 admitted is behind.
            assertThat(api.put("/api/units/" + root + "/membership/2024", Map.of("members", 200)).status())
                    .isEqualTo(200);
            assertThat(api.put("/api/units/" + root + "/targets/2024", Map.of("plan", "104-KH/ĐUK",
                    "membership", Map.of("atLeastPercent", 3, "atMostPercent", 4),
                    "shares", List.of(Map.of("attribute", "YOUTH_UNION", "atLeastPercent", 70)))).status())
                    .isEqualTo(200);
            assertThat(api.put("/api/units/" + root + "/targets/2024", Map.of("plan", "104-KH/ĐUK",
                    "metric", "AWARENESS_CLASSES", "count", Map.of("atLeast", 4, "atMost", 5))).status())
                    .isEqualTo(200);

            watcher.check();
            List<String> first = messages(api, root);
            assertThat(first).hasSize(3);
            assertThat(first).anySatisfy(message -> assertThat(message).startsWith("Chậm tiến độ: mục tiêu Tổ chức từ "
                    + "4 đến 5 lớp bồi dưỡng nhận thức về Đảng năm 2024: 1 lớp, theo tiến độ cần 3 đến ngày 2024-12-30 "
                    + "(không đạt) — Đơn vị " + root + " (" + root + ")."));
            assertThat(first).anySatisfy(message -> assertThat(message).startsWith("Chậm tiến độ: mục tiêu Kết nạp từ "
                    + "3–4% tổng số đảng viên: 2/200 = 1,0%, theo tiến độ cần 5 đến ngày 2024-12-30 (không đạt)"));
            assertThat(first).anySatisfy(message -> assertThat(message).startsWith("Chậm tiến độ: mục tiêu đoàn viên "
                    + "thanh niên từ 70% trở lên: 1/2 = 50,0% (không đạt)"));
            assertThat(first).allSatisfy(message -> assertThat(message).contains("Lần đánh giá đầu tiên."));

            watcher.check();
            watcher.check();
            assertThat(messages(api, root)).as("still behind: nothing new, however often it is judged").isEqualTo(first);

            // Three more classes by the autumn: four is within 4–5, on pace.
            log.send(log.classHeld(log.next(), root, ClassKind.AWARENESS, LocalDate.of(2024, 6, 7)),
                    log.classHeld(log.next(), branch, ClassKind.AWARENESS, LocalDate.of(2024, 9, 13)),
                    log.classHeld(log.next(), root, ClassKind.AWARENESS, LocalDate.of(2024, 11, 29)));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(UnitLog.appliedUpTo(api, root)).isEqualTo(8));
            clock.moveTo(DECEMBER_30.plus(Duration.ofHours(1)));
            watcher.check();
            watcher.check();

            List<String> after = messages(api, root);
            assertThat(after).hasSize(4).containsAll(first);
            assertThat(after.getFirst()).as("newest first").startsWith("Đúng tiến độ: mục tiêu Tổ chức từ 4 đến 5 lớp "
                    + "bồi dưỡng nhận thức về Đảng năm 2024: 4 lớp, theo tiến độ cần 3 đến ngày 2024-12-30 (đạt)")
                    .contains("Trước đó: chậm tiến độ.");
            assertThat(api.get("/api/alerts?unit=" + root).<List<String>>read("$[*].metric"))
                    .containsOnly("AWARENESS_CLASSES", "ADMISSIONS");
        }
    }

    private static List<String> messages(JsonApi api, String unit) {
        return api.get("/api/alerts?unit=" + unit).read("$[*].message");
    }
}
