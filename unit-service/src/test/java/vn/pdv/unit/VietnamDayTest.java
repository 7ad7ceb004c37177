package vn.pdv.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.pdv.unit.Fixtures.aSource;
import static vn.pdv.unit.Fixtures.with;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.TestPropertySource;
import vn.pdv.common.time.TimeProperties;
import vn.pdv.stack.JsonApi;
import vn.pdv.stack.SettableClock;

/**
 * "Today" is Vietnam's day at any hour: at 00:30 and at 23:30 in Hà Nội (17:30 the day before and 16:30 the same day
 * in UTC, where servers usually run), the deadline list is for 10 March and a step dated 10 March is not "in the
 * future", while one dated 11 March is. The service's clock is moved by the test; its zone is the service's configured
 * default. The requests name a branch this committee never registered, so nothing is recorded.
 */
@UnitServiceTest
@TestPropertySource(properties = "pdv.alerts.group-id=pdv-unit-alerts-vietnam-day-test")
class VietnamDayTest {

    @LocalServerPort
    int port;

    @Autowired
    SettableClock clock;

    /** 00:30 and 23:30 on 10 March in Hà Nội: 17:30 on 9 March and 16:30 on 10 March in UTC. */
    @ParameterizedTest
    @ValueSource(strings = {"2025-03-09T17:30:00Z", "2025-03-10T16:30:00Z"})
    void itIsTenMarchFromHalfPastMidnightToHalfPastElevenInVietnam(Instant now) {
        clock.moveTo(now);

        assertThat(today()).isEqualTo("2025-03-10");
        assertThat(identifiedOn("2025-03-10")).as("today is not in the future").isEqualTo(422);
        assertThat(identifiedOn("2025-03-11")).as("tomorrow is").isEqualTo(400);
    }

    private String today() {
        return new JsonApi(port).as("duk01.clerk").get("/api/deadlines").read("$.today");
    }

    /** 400 when the date is refused as lying in the future; 422 when it passes and the unknown branch is refused. */
    private int identifiedOn(String day) {
        JsonApi.Answer answer = new JsonApi(port).as("duk01.clerk").post("/api/sources", with(aSource("VN-NOWHERE"), "identifiedOn", day));
        if (answer.status() == 400) {
            assertThat(answer.<String>read("$.errors[0].field")).isEqualTo("identifiedOn");
            assertThat(answer.<String>read("$.errors[0].rule")).isEqualTo("PastOrPresent");
        } else {
            assertThat(answer.<String>read("$.rule")).isEqualTo("BRANCH_UNKNOWN");
        }
        return answer.status();
    }

    @TestConfiguration
    static class ServiceClock {

        @Bean
        SettableClock clock(TimeProperties time) {
            return new SettableClock(time.zone());
        }
    }
}
