package vn.pdv.aggregator.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.pdv.aggregator.AggregatorTest;
import vn.pdv.stack.JsonApi;
import vn.pdv.stack.Tokens;

/**
 * Health as a Kubernetes probe and a stranger see it, on the embedded store: the probes answer UP, and nobody who has
 * not signed in learns more than UP or DOWN (no store name, no disk path, no stack message).
 */
@AggregatorTest
class HealthTest {

    @LocalServerPort
    int port;

    @Test
    void livenessAndReadinessAreUpOnTheEmbeddedStore() {
        JsonApi api = new JsonApi(port);

        var liveness = api.get("/actuator/health/liveness");
        var readiness = api.get("/actuator/health/readiness");

        assertThat(liveness.status()).isEqualTo(200);
        assertThat(liveness.<String>read("$.status")).isEqualTo("UP");
        assertThat(readiness.status()).isEqualTo(200);
        assertThat(readiness.<String>read("$.status")).isEqualTo("UP");
    }

    @Test
    void anAnonymousProbeSeesTheStatusAndNoDetails() {
        for (String probe : new String[] {"/actuator/health/liveness", "/actuator/health/readiness"}) {
            var health = new JsonApi(port).get(probe);

            assertThat(health.status()).isEqualTo(200);
            assertThat(health.body()).as(probe).doesNotContain("components", "details", "database", "diskSpace", "mongo");
        }
    }

    @Test
    void theWholeHealthWithItsDetailsIsTheProvinceAdministrators() {
        var anonymous = new JsonApi(port).get("/actuator/health");
        var viewer = new JsonApi(port).as("duk.viewer").get("/actuator/health");
        var admin = new JsonApi(port).as(AggregatorTest.PROVINCE_ADMIN).get("/actuator/health");

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.challenge()).startsWith("Bearer");
        assertThat(viewer.status()).isEqualTo(403);
        assertThat(admin.status()).isEqualTo(200);
        assertThat(admin.<String>read("$.status")).isEqualTo("UP");
        assertThat(admin.body()).contains("components", "mongo");
    }

    @Test
    void theMetricsAreForTheMonitoringsServiceAccountWhichReadsNothingElse() {
        JsonApi monitoring = new JsonApi(port).withToken(Tokens.ofTestStack()::metricsToken);

        var anonymous = new JsonApi(port).get("/actuator/prometheus");
        var viewer = new JsonApi(port).as("duk.viewer").get("/actuator/prometheus");
        var scraped = monitoring.get("/actuator/prometheus");

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(viewer.status()).isEqualTo(403);
        assertThat(scraped.status()).as(scraped.body()).isEqualTo(200);
        assertThat(scraped.contentType()).startsWith("text/plain");
        assertThat(scraped.body()).contains("jvm_memory_used_bytes", "http_server_requests_seconds");
        assertThat(scraped.body()).as("the refusals just made, observed as requests")
                .contains("status=\"401\"", "status=\"403\"");
        assertThat(scraped.body()).as("Spring Security's own observations are off (6 % of a request's CPU)")
                .doesNotContain("spring_security_");
        assertThat(monitoring.get("/actuator/health").status()).as("the health details").isEqualTo(403);
        assertThat(monitoring.get("/api/logs").status()).as("the committees' logs").isEqualTo(403);
        assertThat(new JsonApi(port).as(AggregatorTest.PROVINCE_ADMIN).get("/actuator/prometheus").status())
                .isEqualTo(200);
    }
}
