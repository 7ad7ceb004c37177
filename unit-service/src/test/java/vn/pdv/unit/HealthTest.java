package vn.pdv.unit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.pdv.stack.JsonApi;
import vn.pdv.stack.Tokens;

/**
 * Health as a Kubernetes probe and a newcomer read it: liveness and readiness are UP on the embedded store and open to
 * an anonymous probe, which learns the status and nothing else (no store, no outbox, no disk paths); the whole health
 * with its details is the committee secretary's.
 */
@UnitServiceTest
class HealthTest {

    @LocalServerPort
    int port;

    @Test
    void livenessAndReadinessAreUpOnTheEmbeddedStoreForAnAnonymousProbe() {
        JsonApi api = new JsonApi(port);

        for (String probe : new String[] {"/actuator/health/liveness", "/actuator/health/readiness"}) {
            JsonApi.Answer health = api.get(probe);
            assertThat(health.status()).as(probe + ": " + health.body()).isEqualTo(200);
            assertThat(health.<String>read("$.status")).as(probe).isEqualTo("UP");
            assertThat(health.body()).as(probe).doesNotContain("components", "details", "outbox", "mongo", "diskSpace", "/");
        }
    }

    @Test
    void theWholeHealthWithItsDetailsIsTheSecretarys() {
        JsonApi.Answer anonymous = new JsonApi(port).get("/actuator/health");
        JsonApi.Answer clerk = new JsonApi(port).as("duk01.clerk").get("/actuator/health");
        JsonApi.Answer secretary = new JsonApi(port).as(Fixtures.SECRETARY).get("/actuator/health");

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.challenge()).startsWith("Bearer");
        assertThat(clerk.status()).isEqualTo(403);
        assertThat(secretary.status()).as(secretary.body()).isEqualTo(200);
        assertThat(secretary.<String>read("$.status")).isEqualTo("UP");
        assertThat(secretary.body()).contains("outbox", "mongo");
    }

    @Test
    void theMetricsAreForTheMonitoringsServiceAccountWhichReadsNothingElse() {
        JsonApi monitoring = new JsonApi(port).withToken(Tokens.ofTestStack()::metricsToken);

        var anonymous = new JsonApi(port).get("/actuator/prometheus");
        var secretary = new JsonApi(port).as(Fixtures.SECRETARY).get("/actuator/prometheus");
        var scraped = monitoring.get("/actuator/prometheus");

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(secretary.status()).isEqualTo(403);
        assertThat(scraped.status()).as(scraped.body()).isEqualTo(200);
        assertThat(scraped.body()).contains("jvm_memory_used_bytes", "http_server_requests_seconds");
        assertThat(scraped.body()).as("the refusals just made, observed as requests")
                .contains("status=\"401\"", "status=\"403\"");
        assertThat(scraped.body()).as("Spring Security's own observations are off (6 % of a request's CPU)")
                .doesNotContain("spring_security_");
        assertThat(monitoring.get("/actuator/health").status()).as("the health details").isEqualTo(403);
        assertThat(monitoring.get("/api/units").status()).as("the units").isEqualTo(403);
    }
}
