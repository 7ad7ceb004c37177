package vn.pdv.helm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.yaml.snakeyaml.Yaml;

/**
 * What {@code helm template} printed, as the objects a cluster would receive. Read with SnakeYAML (YAML 1.1, as
 * Kubernetes reads manifests), so {@code 0440} is the octal file mode it means.
 */
record Manifest(List<KubeObject> objects) {

    @SuppressWarnings("unchecked")
    static Manifest parse(String rendered) {
        Iterable<Object> documents = new Yaml().loadAll(rendered);
        return new Manifest(StreamSupport.stream(documents.spliterator(), false)
                .filter(document -> document != null)
                .map(document -> new KubeObject((Map<String, Object>) document))
                .toList());
    }

    /** The one object of this kind; fails when there is none or more than one. */
    KubeObject the(String kind) {
        List<KubeObject> found = all(kind);
        assertThat(found).as("objects of kind %s", kind).hasSize(1);
        return found.getFirst();
    }

    List<KubeObject> all(String kind) {
        return objects.stream().filter(object -> object.kind().equals(kind)).toList();
    }

    boolean has(String kind) {
        return !all(kind).isEmpty();
    }

    List<String> kinds() {
        return objects.stream().map(KubeObject::kind).toList();
    }
}
