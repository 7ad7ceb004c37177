package vn.pdv.helm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Kubernetes asks Spring Boot's health groups, on the port the service listens on, before it routes or restarts. */
class ProbesTest {

    @ParameterizedTest(name = "{0} listens on {1}")
    @CsvSource({"PROVINCE_AGGREGATOR, 8080", "UNIT_SERVICE, 8181"})
    void probesTheServicesOwnPort(Chart chart, int port) {
        KubeObject deployment = chart.render(chart.requiredOnly()).the("Deployment");

        assertThat(deployment.envValue("PDV_PORT")).isEqualTo(String.valueOf(port));
        assertThat(deployment.<List<Integer>>at("$.spec.template.spec.containers[0].ports[?(@.name == 'http')].containerPort"))
                .containsExactly(port);
        for (String probe : new String[] {"startupProbe", "livenessProbe", "readinessProbe"}) {
            assertThat(deployment.<String>at("$.spec.template.spec.containers[0]." + probe + ".httpGet.port")).isEqualTo("http");
        }
    }

    @ParameterizedTest(name = "{0} with ci/{1}")
    @MethodSource("vn.pdv.helm.Renderings#everyCiValuesFile")
    void startsAndStaysAliveOnLivenessAndTakesTrafficOnReadiness(Chart chart, String ciFile) {
        KubeObject deployment = Renderings.render(chart, ciFile).the("Deployment");
        String container = "$.spec.template.spec.containers[0].";

        assertThat(deployment.<String>at(container + "startupProbe.httpGet.path")).isEqualTo("/actuator/health/liveness");
        assertThat(deployment.<String>at(container + "livenessProbe.httpGet.path")).isEqualTo("/actuator/health/liveness");
        assertThat(deployment.<String>at(container + "readinessProbe.httpGet.path")).isEqualTo("/actuator/health/readiness");
        // The startup probe holds liveness off while Spring, Kafka and MongoDB come up: minutes, not seconds.
        int startupSeconds = deployment.<Integer>at(container + "startupProbe.periodSeconds")
                * deployment.<Integer>at(container + "startupProbe.failureThreshold");
        assertThat(startupSeconds).isGreaterThanOrEqualTo(120);
    }

    @ParameterizedTest(name = "{0} with ci/{1}")
    @MethodSource("vn.pdv.helm.Renderings#everyCiValuesFile")
    void scrapesMetricsWhereSpringBootServesThemWhenAsked(Chart chart, String ciFile) {
        Manifest manifest = Renderings.render(chart, ciFile);

        manifest.all("ServiceMonitor").forEach(monitor -> {
            assertThat(monitor.<String>at("$.spec.endpoints[0].path")).isEqualTo("/actuator/prometheus");
            assertThat(monitor.<String>at("$.spec.endpoints[0].port")).isEqualTo("http");
            assertThat(monitor.<Object>at("$.spec.selector.matchLabels"))
                    .isEqualTo(manifest.the("Service").at("$.spec.selector"));
            // The metrics answer only the monitoring client's token: credentials by reference, never inlined.
            assertThat(monitor.<String>at("$.spec.endpoints[0].oauth2.tokenUrl"))
                    .endsWith("/realms/pdv/protocol/openid-connect/token");
            assertThat(monitor.<String>at("$.spec.endpoints[0].oauth2.clientId.secret.name"))
                    .isEqualTo("pdv-metrics-oidc");
            assertThat(monitor.<String>at("$.spec.endpoints[0].oauth2.clientSecret.name"))
                    .isEqualTo("pdv-metrics-oidc");
            assertThat(monitor.<String>at("$.spec.endpoints[0].oauth2.clientSecret.key")).isEqualTo("client-secret");
        });
    }

    @ParameterizedTest
    @EnumSource(Chart.class)
    void refusesAServiceMonitorWithoutTheMonitoringClientsSecret(Chart chart) {
        assertThatThrownBy(() -> chart.render(chart.requiredOnly(), Map.of("serviceMonitor.enabled", true)))
                .hasMessageContaining("serviceMonitor.oauth2.existingSecret");
    }
}
