package vn.pdv.helm;

import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.PathNotFoundException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One rendered Kubernetes object, read by JSONPath, e.g. {@code $.spec.template.spec.securityContext}. */
record KubeObject(Map<String, Object> body) {

    String kind() {
        return String.valueOf(body.get("kind"));
    }

    String name() {
        return at("$.metadata.name");
    }

    <T> T at(String path) {
        return JsonPath.read(body, path);
    }

    <T> Optional<T> find(String path) {
        try {
            return Optional.ofNullable(JsonPath.read(body, path));
        } catch (PathNotFoundException e) {
            return Optional.empty();
        }
    }

    /** The first container's environment variable of this name, as Kubernetes takes it (value or valueFrom). */
    Map<String, Object> env(String name) {
        List<Map<String, Object>> found = at("$.spec.template.spec.containers[0].env[?(@.name == '" + name + "')]");
        if (found.isEmpty()) {
            throw new AssertionError(kind() + "/" + name() + " has no environment variable " + name);
        }
        return found.getFirst();
    }

    /** The first container's environment variable's literal value. */
    String envValue(String name) {
        return String.valueOf(env(name).get("value"));
    }

    boolean hasEnv(String name) {
        List<?> found = at("$.spec.template.spec.containers[0].env[?(@.name == '" + name + "')]");
        return !found.isEmpty();
    }

    @Override
    public String toString() {
        return kind() + "/" + name();
    }
}
