package vn.pdv.helm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks objects against the Kubernetes API's published schemas, offline: runs the machine's node on
 * {@code src/test/kubernetes-schemas/validate.mjs}, which the build copied to {@code target/} and installed there
 * with npm (kubernetes-models and its Prometheus Operator models, pinned by package-lock.json). Unknown fields are
 * problems too, as they are to an API server with strict field validation.
 */
final class KubernetesSchemas {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Path VALIDATOR = Path.of(System.getProperty("pdv.helm.validator", "target/kubernetes-schemas"));

    private KubernetesSchemas() {
    }

    /** Every problem found, as "Kind/name: what"; empty when every object is valid. */
    static List<String> problemsIn(List<KubeObject> objects) {
        if (!Files.isDirectory(VALIDATOR.resolve("node_modules/kubernetes-models"))) {
            throw new IllegalStateException("The validator is not installed in " + VALIDATOR.toAbsolutePath()
                    + ": the build's process-test-resources phase runs npm ci there (./mvnw -pl helm verify)");
        }
        try {
            Path input = Files.createTempFile("rendered-", ".json");
            try {
                JSON.writeValue(input.toFile(), objects.stream().map(KubeObject::body).toList());
                Process node = new ProcessBuilder("node", "validate.mjs", input.toAbsolutePath().toString())
                        .directory(VALIDATOR.toFile())
                        .redirectError(ProcessBuilder.Redirect.INHERIT)
                        .start();
                String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (!node.waitFor(60, TimeUnit.SECONDS)) {
                    node.destroyForcibly();
                    throw new IllegalStateException("The validator did not finish within 60 s");
                }
                if (node.exitValue() != 0) {
                    throw new IllegalStateException("The validator failed (exit " + node.exitValue() + "): " + output);
                }
                return JSON.readValue(output, new TypeReference<>() {
                });
            } finally {
                Files.deleteIfExists(input);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
