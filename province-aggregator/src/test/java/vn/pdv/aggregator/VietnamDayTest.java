package vn.pdv.aggregator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import vn.pdv.stack.JsonApi;
import vn.pdv.stack.SettableClock;

/**
 * "Today" is Vietnam's day, from the service's one clock, whatever zone the server runs in: between 00:00 and 07:00
 * Vietnam time a UTC day would still be yesterday. The status and the tree, asked without a day, answer for the day
 * Vietnam is living.
 */
@AggregatorTest
@Import(VietnamClock.class)
@TestPropertySource(properties = "pdv.aggregator.quiet-after=P14D")
class VietnamDayTest {

    /** 00:30 on 1 July 2025 in Vietnam (UTC+7), still 30 June in UTC. */
    private static final Instant HALF_PAST_MIDNIGHT = Instant.parse("2025-06-30T17:30:00Z");
    /** 23:30 on 1 July 2025 in Vietnam, long since 1 July in UTC too. */
    private static final Instant HALF_PAST_ELEVEN = Instant.parse("2025-07-01T16:30:00Z");

    @LocalServerPort
    int port;

    @Autowired
    SettableClock clock;

    @AfterEach
    void putTheClockBack() {
        clock.moveTo(Instant.now());
    }

    @Test
    void halfAnHourAfterMidnightInVietnamTheStatusIsOfVietnamsNewDay() {
        String committee = aRegisteredCommittee();
        clock.moveTo(HALF_PAST_MIDNIGHT);

        assertThat(api().get("/api/status/" + committee).<String>read("$.on")).isEqualTo("2025-07-01");
        assertThat(api().get("/api/hierarchy/" + committee).<String>read("$.on")).isEqualTo("2025-07-01");
    }

    @Test
    void halfAnHourBeforeMidnightInVietnamItIsStillTheSameDay() {
        String committee = aRegisteredCommittee();
        clock.moveTo(HALF_PAST_ELEVEN);

        assertThat(api().get("/api/status/" + committee).<String>read("$.on")).isEqualTo("2025-07-01");
        assertThat(api().get("/api/hierarchy/" + committee).<String>read("$.on")).isEqualTo("2025-07-01");
    }

    private String aRegisteredCommittee() {
        try (UnitLog log = new UnitLog()) {
            log.send(log.registered(log.next(), log.committee(), null));
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> api().get("/api/hierarchy/" + log.committee()).status() == 200);
            return log.committee();
        }
    }

    private JsonApi api() {
        return new JsonApi(port).as(AggregatorTest.PROVINCE_ADMIN);
    }
}
