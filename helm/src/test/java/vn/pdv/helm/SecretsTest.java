package vn.pdv.helm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Credentials are the province's Secrets, referenced by name; no release carries one. */
class SecretsTest {

    private static final List<String> CREDENTIALS = List.of(
            "PDV_KAFKA_PASSWORD", "PDV_KAFKA_TRUSTSTORE_PASSWORD", "PDV_MONGODB_URI", "PDV_OIDC_CLIENT_SECRET");

    @ParameterizedTest(name = "{0} with ci/{1}")
    @MethodSource("vn.pdv.helm.Renderings#everyCiValuesFile")
    void rendersNoSecretAndTakesEveryCredentialFromOne(Chart chart, String ciFile) {
        Manifest manifest = Renderings.render(chart, ciFile);
        KubeObject deployment = manifest.the("Deployment");

        assertThat(manifest.has("Secret")).isFalse();
        for (String credential : CREDENTIALS) {
            if (deployment.hasEnv(credential)) {
                assertThat(deployment.env(credential)).as(credential).containsOnlyKeys("name", "valueFrom");
                assertThat(secretKeyRef(deployment, credential)).as(credential).matches("[a-z0-9.-]+/[-._a-zA-Z0-9]+");
            }
        }
        assertThat(deployment.<List<String>>at("$.spec.template.spec.containers[0].env[*].value"))
                .noneMatch(value -> value.contains("mongodb://") || value.contains("mongodb+srv://"));
    }

    @Test
    void namesTheAggregatorsSecretsAfterItsReleaseUnlessTold() {
        KubeObject byDefault = Chart.PROVINCE_AGGREGATOR.render(Chart.PROVINCE_AGGREGATOR.requiredOnly()).the("Deployment");
        KubeObject told = Chart.PROVINCE_AGGREGATOR.render(Chart.PROVINCE_AGGREGATOR.ci("production")).the("Deployment");

        assertThat(secretKeyRef(byDefault, "PDV_KAFKA_PASSWORD")).isEqualTo("pdv-aggregator-kafka/password");
        assertThat(secretKeyRef(byDefault, "PDV_MONGODB_URI")).isEqualTo("pdv-aggregator-mongodb/uri");
        assertThat(secretKeyRef(byDefault, "PDV_OIDC_CLIENT_SECRET")).isEqualTo("pdv-aggregator-oidc/client-secret");
        assertThat(secretKeyRef(byDefault, "PDV_KAFKA_TRUSTSTORE_PASSWORD")).isEqualTo("pdv-cluster-ca-cert/ca.password");
        assertThat(secretKeyRef(told, "PDV_KAFKA_PASSWORD")).isEqualTo("aggregator-kafka-credentials/secret");
        assertThat(secretKeyRef(told, "PDV_MONGODB_URI")).isEqualTo("aggregator-mongodb-connection/connectionString.standard");
        assertThat(secretKeyRef(told, "PDV_OIDC_CLIENT_SECRET")).isEqualTo("aggregator-oidc-client/client-secret");
    }

    @Test
    void namesACommitteesSecretsAfterItsReleaseUnlessTold() {
        KubeObject byDefault = Chart.UNIT_SERVICE.render(Chart.UNIT_SERVICE.requiredOnly()).the("Deployment");
        KubeObject told = Chart.UNIT_SERVICE.render(Chart.UNIT_SERVICE.ci("production")).the("Deployment");

        assertThat(secretKeyRef(byDefault, "PDV_KAFKA_PASSWORD")).isEqualTo("pdv-unit-duk-01-kafka/password");
        assertThat(secretKeyRef(byDefault, "PDV_MONGODB_URI")).isEqualTo("pdv-unit-duk-01-mongodb/uri");
        assertThat(secretKeyRef(byDefault, "PDV_OIDC_CLIENT_SECRET")).isEqualTo("pdv-unit-duk-01-oidc/client-secret");
        assertThat(signingKeyVolume(byDefault)).containsEntry("secretName", "pdv-unit-duk-01-signing-key");
        assertThat(secretKeyRef(told, "PDV_KAFKA_PASSWORD")).isEqualTo("duk-26-kafka-credentials/password");
        assertThat(secretKeyRef(told, "PDV_MONGODB_URI")).isEqualTo("duk-26-mongodb-connection/connectionString.standard");
        assertThat(signingKeyVolume(told)).containsEntry("secretName", "duk-26-signing-key-2025");
    }

    @Test
    void mountsTheSigningKeyAsAFileOnlyTheServicesGroupReads() {
        KubeObject deployment = Chart.UNIT_SERVICE.render(Chart.UNIT_SERVICE.ci("production")).the("Deployment");

        assertThat(signingKeyVolume(deployment))
                .containsEntry("defaultMode", 0440)
                .containsEntry("items", List.of(Map.of("key", "ed25519.pem", "path", "ed25519.pem")));
        assertThat(deployment.<List<String>>at("$.spec.template.spec.containers[0].volumeMounts[?(@.name == 'signing-key')].mountPath"))
                .containsExactly("/etc/pdv/signing");
        assertThat(deployment.envValue("PDV_SIGNING_KEY_FILE")).isEqualTo("/etc/pdv/signing/ed25519.pem");
        assertThat(deployment.envValue("PDV_SIGNING_KEY_ID")).isEqualTo("DUK-26-2025-02");
    }

    @Test
    void mountsStrimzisClusterCaAsTheKafkaTruststore() {
        KubeObject deployment = Chart.PROVINCE_AGGREGATOR.render(Chart.PROVINCE_AGGREGATOR.requiredOnly()).the("Deployment");

        assertThat(deployment.envValue("PDV_KAFKA_TRUSTSTORE_LOCATION")).isEqualTo("/etc/pdv/kafka-truststore/ca.p12");
        assertThat(deployment.<List<String>>at("$.spec.template.spec.volumes[?(@.name == 'kafka-truststore')].secret.secretName"))
                .containsExactly("pdv-cluster-ca-cert");
    }

    private static String secretKeyRef(KubeObject deployment, String variable) {
        @SuppressWarnings("unchecked")
        Map<String, Object> valueFrom = (Map<String, Object>) deployment.env(variable).get("valueFrom");
        @SuppressWarnings("unchecked")
        Map<String, Object> reference = (Map<String, Object>) valueFrom.get("secretKeyRef");
        return reference.get("name") + "/" + reference.get("key");
    }

    private static Map<String, Object> signingKeyVolume(KubeObject deployment) {
        List<Map<String, Object>> volumes = deployment.at("$.spec.template.spec.volumes[?(@.name == 'signing-key')].secret");
        assertThat(volumes).hasSize(1);
        return volumes.getFirst();
    }
}
