package vn.pdv.helm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.marcnuri.helm.LintResult;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Each chart lints strictly, renders with its defaults and every ci/ file, and renders only valid objects. */
class ChartsTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(Chart.class)
    void lintsWithoutAWarningInStrictMode(Chart chart) {
        LintResult lint = chart.lint();

        assertThat(lint.isFailed()).as("lint failed: %s", lint.getMessages()).isFalse();
        assertThat(lint.getMessages()).noneMatch(message -> message.contains("[WARNING]") || message.contains("[ERROR]"));
    }

    @Test
    void theAggregatorsDefaultsLackOnlyTheOidcIssuerAndSayHowToGiveIt() {
        assertThatThrownBy(Chart.PROVINCE_AGGREGATOR::renderDefaults)
                .hasMessageContaining("oidc.issuerUri is required: the realm's issuer as browsers see it");
    }

    @Test
    void aUnitServicesDefaultsLackTheCommitteeCodeFirstAndSayWhatItIs() {
        assertThatThrownBy(Chart.UNIT_SERVICE::renderDefaults)
                .hasMessageContaining("committee.code is required: the committee's unit code, as its events carry it, e.g. DUK-01");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Chart.class)
    void rendersWithTheDefaultsAndOnlyTheValuesThatHaveNone(Chart chart) {
        Manifest manifest = chart.render(chart.requiredOnly());

        assertThat(manifest.kinds()).containsExactlyInAnyOrder(
                "Deployment", "Service", "ServiceAccount", "PodDisruptionBudget", "NetworkPolicy");
    }

    @ParameterizedTest(name = "{0} with ci/{1}")
    @MethodSource("vn.pdv.helm.Renderings#everyCiValuesFile")
    void rendersEveryObjectValidAgainstTheKubernetesApiSchemas(Chart chart, String ciFile) {
        Manifest manifest = Renderings.render(chart, ciFile);

        assertThat(manifest.objects()).isNotEmpty();
        assertThat(KubernetesSchemas.problemsIn(manifest.objects())).isEmpty();
    }

    @Test
    void everyKindTheChartsCanRenderIsValidatedSomewhere() {
        List<String> kinds = new ArrayList<>();
        for (Chart chart : Chart.values()) {
            kinds.addAll(chart.render(chart.ci("production")).kinds());
        }

        assertThat(kinds).contains("Deployment", "Service", "ServiceAccount", "PodDisruptionBudget", "NetworkPolicy",
                "Ingress", "ServiceMonitor");
    }
}
