package vn.pdv.helm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The aggregator runs as several replicas of one consumer group and stays up through drains and rollouts. */
class AggregatorChartTest {

    private static final Chart AGGREGATOR = Chart.PROVINCE_AGGREGATOR;

    @Test
    void runsTwoReplicasThatShareOneConsumerGroup() {
        KubeObject deployment = AGGREGATOR.render(AGGREGATOR.requiredOnly()).the("Deployment");

        assertThat(deployment.<Integer>at("$.spec.replicas")).isEqualTo(2);
        // The group id is the service's own setting (pdv.aggregator.group-id): nothing per pod may override it.
        assertThat(deployment.<List<String>>at("$.spec.template.spec.containers[0].env[*].name"))
                .noneMatch(name -> name.contains("GROUP"));
    }

    @Test
    void rollsOutOnePodAtATimeWithoutEverRunningShort() {
        KubeObject deployment = AGGREGATOR.render(AGGREGATOR.requiredOnly()).the("Deployment");

        assertThat(deployment.<Map<String, Object>>at("$.spec.strategy"))
                .isEqualTo(Map.of("type", "RollingUpdate", "rollingUpdate", Map.of("maxSurge", 1, "maxUnavailable", 0)));
    }

    @Test
    void keepsAReplicaUpThroughADrainAndSpreadsThemOverNodesAndZones() {
        Manifest manifest = AGGREGATOR.render(AGGREGATOR.requiredOnly());
        KubeObject deployment = manifest.the("Deployment");
        KubeObject budget = manifest.the("PodDisruptionBudget");
        Object podLabels = deployment.at("$.spec.selector.matchLabels");

        assertThat(budget.<Integer>at("$.spec.minAvailable")).isEqualTo(1);
        assertThat(budget.<Object>at("$.spec.selector.matchLabels")).isEqualTo(podLabels);
        assertThat(deployment.<List<Map<String, Object>>>at("$.spec.template.spec.topologySpreadConstraints"))
                .extracting(constraint -> constraint.get("topologyKey") + " " + constraint.get("whenUnsatisfiable"))
                .containsExactly("kubernetes.io/hostname DoNotSchedule", "topology.kubernetes.io/zone ScheduleAnyway");
        assertThat(deployment.<List<Object>>at("$.spec.template.spec.topologySpreadConstraints[*].labelSelector.matchLabels"))
                .containsOnly(podLabels);
    }

    @Test
    void refusesABudgetThatWouldBlockEveryDrain() {
        assertThatThrownBy(() -> AGGREGATOR.render(AGGREGATOR.requiredOnly(), Map.of("podDisruptionBudget.minAvailable", 2)))
                .hasMessageContaining("podDisruptionBudget.minAvailable (2) must be fewer than replicaCount (2)");
    }

    @Test
    void sendsMailThroughTheProvincesRelayOnlyWhenOneIsNamed() {
        KubeObject withoutMail = AGGREGATOR.render(AGGREGATOR.requiredOnly()).the("Deployment");
        KubeObject withMail = AGGREGATOR.render(AGGREGATOR.ci("production")).the("Deployment");

        assertThat(withoutMail.hasEnv("SPRING_MAIL_HOST")).isFalse();
        assertThat(withoutMail.envValue("PDV_WEBHOOK_ALLOWED_HOSTS")).isEmpty();
        assertThat(withMail.envValue("SPRING_MAIL_HOST")).isEqualTo("smtp.example.gov.vn");
        assertThat(withMail.envValue("SPRING_MAIL_PORT")).isEqualTo("587");
        assertThat(withMail.envValue("PDV_ALERTS_MAIL_FROM")).isEqualTo("pdv-canhbao@example.gov.vn");
        assertThat(withMail.envValue("PDV_WEBHOOK_ALLOWED_HOSTS")).isEqualTo("hooks.example.gov.vn,chat.example.gov.vn");
    }

    @Test
    void speaksSaslSslWithScramToKafkaAndTellsTheServiceTheRest() {
        KubeObject deployment = AGGREGATOR.render(AGGREGATOR.requiredOnly()).the("Deployment");

        assertThat(deployment.envValue("PDV_KAFKA_BOOTSTRAP")).isEqualTo("pdv-kafka-bootstrap.kafka.svc:9093");
        assertThat(deployment.envValue("PDV_KAFKA_SECURITY_PROTOCOL")).isEqualTo("SASL_SSL");
        assertThat(deployment.envValue("PDV_KAFKA_SASL_MECHANISM")).isEqualTo("SCRAM-SHA-512");
        assertThat(deployment.envValue("PDV_KAFKA_USERNAME")).isEqualTo("pdv-aggregator");
        assertThat(deployment.envValue("SPRING_KAFKA_ADMIN_AUTO_CREATE")).isEqualTo("false");
        assertThat(deployment.envValue("PDV_SCHEMA_REGISTRY_URL")).isEqualTo("http://pdv-registry.apicurio.svc:8080/apis/ccompat/v7");
        assertThat(deployment.envValue("PDV_OIDC_ISSUER_URI")).isEqualTo("https://sso.pdv.example.gov.vn/realms/pdv");
        assertThat(deployment.envValue("PDV_OIDC_CLIENT_ID")).isEqualTo("pdv-aggregator");
        assertThat(deployment.envValue("PDV_TIME_ZONE")).isEqualTo("Asia/Ho_Chi_Minh");
    }

    @Test
    void withoutSaslSaysNothingOfUsersOrPasswords() {
        KubeObject deployment = AGGREGATOR.render(AGGREGATOR.ci("plain-kafka")).the("Deployment");

        assertThat(deployment.envValue("PDV_KAFKA_SECURITY_PROTOCOL")).isEqualTo("PLAINTEXT");
        assertThat(deployment.<List<String>>at("$.spec.template.spec.containers[0].env[*].name"))
                .doesNotContain("PDV_KAFKA_SASL_MECHANISM", "PDV_KAFKA_USERNAME", "PDV_KAFKA_PASSWORD",
                        "PDV_KAFKA_TRUSTSTORE_LOCATION", "PDV_KAFKA_TRUSTSTORE_PASSWORD");
    }

    @Test
    void servesItsPagesOnlyOverTlsForItsHost() {
        Manifest manifest = AGGREGATOR.render(AGGREGATOR.ci("production"));
        KubeObject ingress = manifest.the("Ingress");

        assertThat(ingress.<List<Map<String, Object>>>at("$.spec.tls"))
                .containsExactly(Map.of("hosts", List.of("pdv.example.gov.vn"), "secretName", "pdv-example-gov-vn-tls"));
        assertThat(ingress.<List<String>>at("$.spec.rules[*].host")).containsExactly("pdv.example.gov.vn");
        assertThat(ingress.<Map<String, Object>>at("$.spec.rules[0].http.paths[0].backend.service"))
                .isEqualTo(Map.of("name", manifest.the("Service").name(), "port", Map.of("name", "http")));
    }
}
