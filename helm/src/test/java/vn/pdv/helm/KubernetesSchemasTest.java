package vn.pdv.helm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** The validator the chart tests rely on finds what it must, so a clean result means something. */
class KubernetesSchemasTest {

    private static final String POD = """
            apiVersion: v1
            kind: Pod
            metadata:
              name: probe
              labels: {app: probe}
            spec:
              containers:
                - name: app
                  image: pdv/unit-service:0.1.0
                  ports: [{containerPort: 8181, name: http}]
                  securityContext: {readOnlyRootFilesystem: true, capabilities: {drop: [ALL]}}
                  resources: {limits: {memory: 1Gi}}
            """;

    @Test
    void acceptsAWellFormedObject() {
        assertThat(KubernetesSchemas.problemsIn(List.of(object(POD)))).isEmpty();
    }

    @Test
    void reportsAMisspelledFieldAsTheApiServerWould() {
        KubeObject pod = object(POD.replace("readOnlyRootFilesystem", "readOnlyRootFileSystem"));

        assertThat(KubernetesSchemas.problemsIn(List.of(pod))).containsExactly(
                "Pod/probe: unknown field /spec/containers/0/securityContext/readOnlyRootFileSystem");
    }

    @Test
    void reportsAValueOfTheWrongTypeOrOutsideItsEnum() {
        KubeObject pod = object(POD.replace("containerPort: 8181", "containerPort: \"8181\"")
                .replace("drop: [ALL]", "drop: [ALL]}, seccompProfile: {type: Default"));

        assertThat(KubernetesSchemas.problemsIn(List.of(pod))).singleElement().asString()
                .contains("/spec/containers/0/ports/0/containerPort must be integer")
                .contains("/spec/containers/0/securityContext/seccompProfile/type must be equal to one of the allowed values");
    }

    @Test
    void reportsAMissingRequiredField() {
        KubeObject pod = object(POD.replace("- name: app\n      image:", "- image:"));

        assertThat(KubernetesSchemas.problemsIn(List.of(pod))).singleElement().asString()
                .contains("/spec/containers/0 must have required property name");
    }

    @Test
    void reportsAKindWithNoPublishedSchema() {
        KubeObject unknown = object("""
                apiVersion: kafka.strimzi.io/v1beta2
                kind: KafkaUser
                metadata: {name: pdv-aggregator}
                """);

        assertThat(KubernetesSchemas.problemsIn(List.of(unknown)))
                .containsExactly("KafkaUser/pdv-aggregator: no published schema for kafka.strimzi.io/v1beta2 KafkaUser");
    }

    @SuppressWarnings("unchecked")
    private static KubeObject object(String yaml) {
        return new KubeObject((Map<String, Object>) new Yaml().load(yaml));
    }
}
