package vn.pdv.unit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.pdv.stack.JsonApi;

/**
 * Health as a Kubernetes probe and a newcomer read it: liveness and readiness are UP on the embedded store, and an
 * anonymous caller learns the status and nothing else (no store, no outbox, no disk paths).
 */
@UnitServiceTest
class HealthTest {

    @LocalServerPort
    int port;

    @Test
    void livenessAndReadinessAreUpOnTheEmbeddedStore() {
        JsonApi api = new JsonApi(port);

        for (String probe : new String[] {"/actuator/health/liveness", "/actuator/health/readiness", "/actuator/health"}) {
            JsonApi.Answer health = api.get(probe);
            assertThat(health.status()).as(probe + ": " + health.body()).isEqualTo(200);
            assertThat(health.<String>read("$.status")).as(probe).isEqualTo("UP");
        }
    }

    @Test
    void anAnonymousCallerSeesTheStatusAndNoDetails() {
        JsonApi api = new JsonApi(port);

        for (String probe : new String[] {"/actuator/health", "/actuator/health/readiness"}) {
            String body = api.get(probe).body();
            assertThat(body).as(probe).doesNotContain("components", "details", "outbox", "mongo", "diskSpace", "/");
        }
    }
}
