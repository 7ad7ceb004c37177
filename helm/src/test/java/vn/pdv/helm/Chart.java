package vn.pdv.helm;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import com.marcnuri.helm.TemplateCommand;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A chart under helm/, linted and rendered in-process by helm-java (Helm 3.21 through JNA), as {@code helm lint
 * --strict} and {@code helm template} would. Rendering leaves out hook resources; the charts have none.
 */
enum Chart {

    PROVINCE_AGGREGATOR("province-aggregator", "pdv-aggregator"),
    UNIT_SERVICE("unit-service", "pdv-unit-duk-01");

    static final String NAMESPACE = "pdv";
    /**
     * The cluster rendered for: helm-java's default (1.20) is older than the charts' kubeVersion, and this is the
     * API the validator's schemas (kubernetes-models 5.1.0) describe.
     */
    static final String KUBE_VERSION = "1.34.0";

    private final Path directory;
    private final String release;

    Chart(String directory, String release) {
        this.directory = Path.of(directory).toAbsolutePath();
        this.release = release;
    }

    String release() {
        return release;
    }

    LintResult lint() {
        return new Helm(directory).lint().strict().call();
    }

    /** The chart's ci/ value files: the ones chart-testing would install, each a whole release's values. */
    List<Path> ciValues() {
        try (Stream<Path> files = Files.list(directory.resolve("ci"))) {
            return files.filter(file -> file.toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The defaults plus only the values that have none (committee code, OIDC issuer). */
    Path requiredOnly() {
        return directory.resolve("ci/required-only.yaml");
    }

    Path ci(String name) {
        return directory.resolve("ci").resolve(name + ".yaml");
    }

    Manifest render(Path values) {
        return render(values, Map.of());
    }

    /** Renders with a values file and {@code --set} overrides on top of it. */
    Manifest render(Path values, Map<String, Object> sets) {
        return Manifest.parse(template(release, values, sets).call());
    }

    /** Renders another release of the chart, e.g. a second committee's. */
    Manifest renderAs(String otherRelease, Path values) {
        return Manifest.parse(template(otherRelease, values, Map.of()).call());
    }

    /** Renders with the chart's defaults alone, no values file. */
    String renderDefaults() {
        return template(release, null, Map.of()).call();
    }

    private TemplateCommand template(String releaseName, Path values, Map<String, Object> sets) {
        TemplateCommand template = new Helm(directory).template()
                .withName(releaseName)
                .withNamespace(NAMESPACE)
                .withKubeVersion(KUBE_VERSION);
        if (values != null) {
            template.withValuesFile(values);
        }
        sets.forEach(template::set);
        return template;
    }

    @Override
    public String toString() {
        return directory.getFileName().toString();
    }
}
