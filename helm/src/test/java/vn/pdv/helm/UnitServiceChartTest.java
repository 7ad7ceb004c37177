package vn.pdv.helm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** One release per committee: one pod that is the log's only writer, named after the committee everywhere. */
class UnitServiceChartTest {

    private static final Chart UNIT = Chart.UNIT_SERVICE;

    @Test
    void runsOnePodAndStopsItBeforeStartingItsSuccessor() {
        KubeObject deployment = UNIT.render(UNIT.ci("production")).the("Deployment");

        assertThat(deployment.<Integer>at("$.spec.replicas")).isEqualTo(1);
        assertThat(deployment.<Map<String, Object>>at("$.spec.strategy")).isEqualTo(Map.of("type", "Recreate"));
    }

    @Test
    void tellsTheServiceItsCommitteeAndDerivesEveryNameFromIt() {
        KubeObject deployment = UNIT.render(UNIT.requiredOnly()).the("Deployment");

        assertThat(deployment.envValue("PDV_COMMITTEE_CODE")).isEqualTo("DUK-01");
        assertThat(deployment.envValue("PDV_PORT")).isEqualTo("8181");
        assertThat(deployment.envValue("PDV_KAFKA_USERNAME")).isEqualTo("pdv-unit-duk-01");
        assertThat(deployment.envValue("PDV_OIDC_CLIENT_ID")).isEqualTo("pdv-unit-duk-01");
        assertThat(deployment.envValue("PDV_SIGNING_KEY_ID")).isEqualTo("DUK-01-1");
        assertThat(deployment.envValue("PDV_SIGNING_KEY_FILE")).isEqualTo("/etc/pdv/signing/signing-key.pem");
    }

    @Test
    void turnsAUnitCodeIntoNamesKubernetesAndKafkaAccept() {
        KubeObject deployment = UNIT.render(UNIT.ci("plain-kafka")).the("Deployment");

        assertThat(deployment.envValue("PDV_COMMITTEE_CODE")).isEqualTo("Test_Unit.03");
        assertThat(deployment.envValue("PDV_OIDC_CLIENT_ID")).isEqualTo("pdv-unit-test-unit-03");
    }

    @Test
    void twoCommitteesInOneNamespaceShareNoObjectAndNoSecret() {
        Manifest first = UNIT.render(UNIT.requiredOnly());
        Manifest second = UNIT.renderAs("pdv-unit-duk-26", UNIT.ci("production"));

        Set<String> firstObjects = new HashSet<>(first.objects().stream().map(KubeObject::toString).toList());
        assertThat(second.objects()).extracting(KubeObject::toString).doesNotContainAnyElementsOf(firstObjects);
        List<String> firstSecrets = first.the("Deployment").at("$.spec.template.spec..secretName");
        List<String> secondSecrets = second.the("Deployment").at("$.spec.template.spec..secretName");
        // Only the Kafka cluster's CA, which is public, is common to both.
        assertThat(secondSecrets).filteredOn(firstSecrets::contains).containsOnly("pdv-cluster-ca-cert");
    }

    @Test
    void spreadsTheProvincesCommitteesOverNodesAndZonesWithoutEverBlockingOne() {
        KubeObject deployment = UNIT.render(UNIT.requiredOnly()).the("Deployment");

        assertThat(deployment.<List<Map<String, Object>>>at("$.spec.template.spec.topologySpreadConstraints"))
                .extracting(constraint -> constraint.get("topologyKey") + " " + constraint.get("whenUnsatisfiable"))
                .containsExactly("kubernetes.io/hostname ScheduleAnyway", "topology.kubernetes.io/zone ScheduleAnyway");
        assertThat(deployment.<List<Object>>at("$.spec.template.spec.topologySpreadConstraints[*].labelSelector.matchLabels"))
                .containsOnly(Map.of("app.kubernetes.io/name", "unit-service"));
    }

    @Test
    void letsADrainTakeThePodUnlessTheProvinceHoldsIt() {
        assertThat(UNIT.render(UNIT.requiredOnly()).the("PodDisruptionBudget").<Integer>at("$.spec.maxUnavailable"))
                .isEqualTo(1);
        assertThat(UNIT.render(UNIT.ci("production")).the("PodDisruptionBudget").<Integer>at("$.spec.maxUnavailable"))
                .isZero();
    }

    @Test
    void servesTheCommitteesPagesOnlyOverTlsForItsOwnHost() {
        KubeObject ingress = UNIT.render(UNIT.ci("production")).the("Ingress");

        assertThat(ingress.<List<Map<String, Object>>>at("$.spec.tls"))
                .containsExactly(Map.of("hosts", List.of("duk-26.pdv.example.gov.vn"), "secretName", "duk-26-pdv-example-gov-vn-tls"));
        assertThat(ingress.<List<String>>at("$.spec.rules[*].host")).containsExactly("duk-26.pdv.example.gov.vn");
    }
}
