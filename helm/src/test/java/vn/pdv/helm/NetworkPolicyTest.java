package vn.pdv.helm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each pod may be reached only through the ingress controller (and Prometheus), and may reach only Kafka, the
 * registry, MongoDB, the OIDC provider, DNS and, for the aggregator, mail and webhooks.
 */
class NetworkPolicyTest {

    @ParameterizedTest(name = "{0} with ci/{1}")
    @MethodSource("vn.pdv.helm.Renderings#everyCiValuesFile")
    void isolatesTheReleasesPodsBothWays(Chart chart, String ciFile) {
        Manifest manifest = Renderings.render(chart, ciFile);
        if (!manifest.has("NetworkPolicy")) {
            assertThat(ciFile).as("only ci/plain-kafka.yaml turns the NetworkPolicy off").isEqualTo("plain-kafka.yaml");
            return;
        }
        KubeObject policy = manifest.the("NetworkPolicy");

        assertThat(policy.<Object>at("$.spec.podSelector.matchLabels"))
                .isEqualTo(manifest.the("Deployment").at("$.spec.selector.matchLabels"));
        assertThat(policy.<List<String>>at("$.spec.policyTypes")).containsExactly("Ingress", "Egress");
    }

    @ParameterizedTest(name = "{0} with ci/{1}")
    @MethodSource("vn.pdv.helm.Renderings#everyCiValuesFile")
    void opensNoRuleToOrFromAnywhere(Chart chart, String ciFile) {
        Manifest manifest = Renderings.render(chart, ciFile);

        for (KubeObject policy : manifest.all("NetworkPolicy")) {
            List<Map<String, Object>> egress = policy.at("$.spec.egress");
            List<Map<String, Object>> ingress = policy.at("$.spec.ingress");
            assertThat(egress).isNotEmpty().allSatisfy(rule -> assertThat((List<?>) rule.get("to")).isNotEmpty());
            assertThat(ingress).isNotEmpty().allSatisfy(rule -> assertThat((List<?>) rule.get("from")).isNotEmpty());
            assertThat(policy.<List<String>>at("$.spec..cidr")).doesNotContain("0.0.0.0/0", "::/0");
            assertThat(policy.<List<Object>>at("$.spec.ingress[*].ports[*].port")).containsOnly("http");
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Chart.class)
    void letsOutOnlyDnsKafkaRegistryMongoAndTheOidcProviderByDefault(Chart chart) {
        KubeObject policy = chart.render(chart.requiredOnly()).the("NetworkPolicy");

        assertThat(policy.<List<Map<String, Object>>>at("$.spec.egress")).hasSize(5);
        assertThat(egressPorts(policy, "kube-system")).containsExactlyInAnyOrder("53/UDP", "53/TCP");
        assertThat(egressPorts(policy, "kafka")).containsExactly("9093/TCP");
        assertThat(egressPorts(policy, "apicurio")).containsExactly("8080/TCP");
        assertThat(egressPorts(policy, "mongodb")).containsExactly("27017/TCP");
        assertThat(egressPorts(policy, "keycloak")).containsExactly("443/TCP", "8443/TCP");
        assertThat(policy.<List<Map<String, Object>>>at("$.spec.ingress")).singleElement()
                .satisfies(rule -> assertThat(rule.get("from").toString()).contains("ingress-nginx"));
    }

    @Test
    void letsTheAggregatorReachTheMailRelayAndWebhooksOnlyWhereTold() {
        KubeObject policy = Chart.PROVINCE_AGGREGATOR.render(Chart.PROVINCE_AGGREGATOR.ci("production")).the("NetworkPolicy");

        assertThat(policy.<List<Map<String, Object>>>at("$.spec.egress")).hasSize(7);
        assertThat(policy.<List<Object>>at("$.spec.egress[?(@.to[0].ipBlock.cidr == '203.0.113.25/32')].ports[*].port"))
                .containsExactly(587);
        assertThat(policy.<List<Object>>at("$.spec.egress[?(@.to[0].ipBlock.cidr == '198.51.100.0/28')].ports[*].port"))
                .containsExactly(443);
    }

    @Test
    void letsPrometheusScrapeOnlyWhenTheServiceMonitorIsOn() {
        KubeObject withMonitor = Chart.PROVINCE_AGGREGATOR.render(Chart.PROVINCE_AGGREGATOR.ci("production")).the("NetworkPolicy");
        KubeObject without = Chart.PROVINCE_AGGREGATOR.render(Chart.PROVINCE_AGGREGATOR.requiredOnly()).the("NetworkPolicy");

        assertThat(withMonitor.<List<String>>at("$.spec.ingress[*].from[*].namespaceSelector.matchLabels['kubernetes.io/metadata.name']"))
                .containsExactly("ingress-nginx", "monitoring");
        assertThat(without.<List<String>>at("$.spec.ingress[*].from[*].namespaceSelector.matchLabels['kubernetes.io/metadata.name']"))
                .containsExactly("ingress-nginx");
    }

    @Test
    void refusesAMailRelayThePolicyWouldNotLetItReach() {
        Chart aggregator = Chart.PROVINCE_AGGREGATOR;

        assertThatThrownBy(() -> aggregator.render(aggregator.requiredOnly(), Map.of("mail.host", "smtp.example.gov.vn")))
                .hasMessageContaining("mail.host is set but networkPolicy.egress.mail.to is empty");
        assertThatThrownBy(() -> aggregator.render(aggregator.requiredOnly(), Map.of("webhooks.allowedHosts[0]", "hooks.example.gov.vn")))
                .hasMessageContaining("webhooks.allowedHosts is set but networkPolicy.egress.webhooks.to is empty");
    }

    /** The ports of the egress rules towards a namespace, as "port/protocol". */
    private static List<String> egressPorts(KubeObject policy, String namespace) {
        List<List<Map<String, Object>>> ports = policy.at("$.spec.egress[?(@.to[*].namespaceSelector.matchLabels['kubernetes.io/metadata.name'] contains '"
                + namespace + "')].ports");
        return ports.stream().flatMap(List::stream).map(port -> port.get("port") + "/" + port.get("protocol")).toList();
    }
}
