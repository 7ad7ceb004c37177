package vn.pdv.helm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** A wrong value fails at template time, naming the value and the rule, before anything reaches a cluster. */
class ValuesSchemaTest {

    @ParameterizedTest(name = "{0}: {1}={2}")
    @CsvSource(delimiter = '|', textBlock = """
            PROVINCE_AGGREGATOR | replicaCount                       | 1                     | /replicaCount
            PROVINCE_AGGREGATOR | kafka.securityProtocol             | SASL_TLS              | /kafka/securityProtocol
            PROVINCE_AGGREGATOR | image.digest                       | sha256:abc            | /image/digest
            PROVINCE_AGGREGATOR | oidc.issuerUri                     | http://sso.example.vn | /oidc/issuerUri
            PROVINCE_AGGREGATOR | mail.from                          | canh-bao              | /mail/from
            PROVINCE_AGGREGATOR | resources.limits.memory            | lots                  | /resources/limits/memory
            UNIT_SERVICE        | committee.code                     | DUK 01                | /committee/code
            UNIT_SERVICE        | podDisruptionBudget.maxUnavailable | 2                     | /podDisruptionBudget/maxUnavailable
            UNIT_SERVICE        | kafka.bootstrapServers             | kafka.kafka.svc       | /kafka/bootstrapServers
            UNIT_SERVICE        | topologySpread.zone                | Sometimes             | /topologySpread/zone
            UNIT_SERVICE        | signing.key                        | ../key.pem            | /signing/key
            """)
    void refusesAValueOutsideItsRuleNamingWhere(Chart chart, String key, String value, String where) {
        assertThatThrownBy(() -> chart.render(chart.requiredOnly(), Map.of(key, value)))
                .hasMessageContaining("values don't meet the specifications of the schema(s)")
                .hasMessageContaining("at '" + where + "'");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Chart.class)
    void refusesAMisspelledSettingInsteadOfIgnoringIt(Chart chart) {
        assertThatThrownBy(() -> chart.render(chart.requiredOnly(), Map.of("networkPolicy.enable", "false")))
                .hasMessageContaining("at '/networkPolicy': additional properties 'enable' not allowed");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Chart.class)
    void refusesAnIngressWithoutItsHostOrTlsCertificate(Chart chart) {
        assertThatThrownBy(() -> chart.render(chart.requiredOnly(), Map.of("ingress.enabled", "true")))
                .hasMessageContaining("at '/ingress/host': minLength: got 0, want 1")
                .hasMessageContaining("at '/ingress/tlsSecretName': minLength: got 0, want 1");
    }

    @Test
    void refusesSaslWithoutAUserButTakesPlaintextWithout() {
        Chart aggregator = Chart.PROVINCE_AGGREGATOR;

        assertThatThrownBy(() -> aggregator.render(aggregator.requiredOnly(), Map.of("kafka.username", "")))
                .hasMessageContaining("at '/kafka/username': minLength: got 0, want 1");
        assertThat(aggregator.render(aggregator.requiredOnly(),
                Map.of("kafka.username", "", "kafka.securityProtocol", "PLAINTEXT")).has("Deployment")).isTrue();
    }
}
