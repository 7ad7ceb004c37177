package vn.pdv.helm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every release, whatever its values, runs as a restricted pod: the Pod Security Standard's "restricted" level. */
class PodHardeningTest {

    @ParameterizedTest(name = "{0} with ci/{1}")
    @MethodSource("vn.pdv.helm.Renderings#everyCiValuesFile")
    void runsAsNonRootWithTheRuntimesDefaultSeccompProfile(Chart chart, String ciFile) {
        KubeObject deployment = Renderings.render(chart, ciFile).the("Deployment");

        assertThat(deployment.<Boolean>at("$.spec.template.spec.securityContext.runAsNonRoot")).isTrue();
        assertThat(deployment.<String>at("$.spec.template.spec.securityContext.seccompProfile.type")).isEqualTo("RuntimeDefault");
        deployment.<Integer>find("$.spec.template.spec.securityContext.runAsUser")
                .ifPresent(user -> assertThat(user).isPositive());
    }

    @ParameterizedTest(name = "{0} with ci/{1}")
    @MethodSource("vn.pdv.helm.Renderings#everyCiValuesFile")
    void containerCannotGainPrivilegesOrWriteOutsideTmp(Chart chart, String ciFile) {
        KubeObject deployment = Renderings.render(chart, ciFile).the("Deployment");
        List<Map<String, Object>> containers = deployment.at("$.spec.template.spec.containers");

        assertThat(containers).hasSize(1);
        assertThat(deployment.<Map<String, Object>>at("$.spec.template.spec.containers[0].securityContext"))
                .containsEntry("runAsNonRoot", true)
                .containsEntry("allowPrivilegeEscalation", false)
                .containsEntry("privileged", false)
                .containsEntry("readOnlyRootFilesystem", true)
                .containsEntry("capabilities", Map.of("drop", List.of("ALL")))
                .containsEntry("seccompProfile", Map.of("type", "RuntimeDefault"));
        assertThat(deployment.<List<String>>at("$.spec.template.spec.containers[0].volumeMounts[?(@.mountPath == '/tmp')].name"))
                .containsExactly("tmp");
        assertThat(deployment.<List<Object>>at("$.spec.template.spec.volumes[?(@.name == 'tmp')].emptyDir.sizeLimit"))
                .singleElement().isNotNull();
        assertThat(deployment.<List<Map<String, Object>>>at("$.spec.template.spec.containers[0].volumeMounts[?(@.mountPath != '/tmp')]"))
                .allSatisfy(mount -> assertThat(mount).containsEntry("readOnly", true));
    }

    @ParameterizedTest(name = "{0} with ci/{1}")
    @MethodSource("vn.pdv.helm.Renderings#everyCiValuesFile")
    void mountsNoServiceAccountToken(Chart chart, String ciFile) {
        Manifest manifest = Renderings.render(chart, ciFile);

        assertThat(manifest.the("Deployment").<Boolean>at("$.spec.template.spec.automountServiceAccountToken")).isFalse();
        manifest.all("ServiceAccount").forEach(account ->
                assertThat(account.<Boolean>at("$.automountServiceAccountToken")).isFalse());
    }

    @ParameterizedTest(name = "{0} with ci/{1}")
    @MethodSource("vn.pdv.helm.Renderings#everyCiValuesFile")
    void asksForCpuAndMemoryAndCapsMemory(Chart chart, String ciFile) {
        KubeObject deployment = Renderings.render(chart, ciFile).the("Deployment");

        assertThat(deployment.<Map<String, Object>>at("$.spec.template.spec.containers[0].resources.requests"))
                .containsKeys("cpu", "memory");
        assertThat(deployment.<Map<String, Object>>at("$.spec.template.spec.containers[0].resources.limits"))
                .containsKey("memory");
        // A limit below the request would be refused by the API server; equal memory keeps the heap's share honest.
        assertThat(deployment.<Object>at("$.spec.template.spec.containers[0].resources.limits.memory"))
                .isEqualTo(deployment.at("$.spec.template.spec.containers[0].resources.requests.memory"));
        assertThat(deployment.envValue("JDK_JAVA_OPTIONS")).contains("-XX:MaxRAMPercentage=");
    }

    @ParameterizedTest(name = "{0} with ci/{1}")
    @MethodSource("vn.pdv.helm.Renderings#everyCiValuesFile")
    void pullsAnImageByTagOrPinnedByDigest(Chart chart, String ciFile) {
        String image = Renderings.render(chart, ciFile).the("Deployment").at("$.spec.template.spec.containers[0].image");

        assertThat(image).matches("[a-z0-9./:-]+/" + chart + ":[A-Za-z0-9_.-]+(@sha256:[a-f0-9]{64})?");
    }
}
