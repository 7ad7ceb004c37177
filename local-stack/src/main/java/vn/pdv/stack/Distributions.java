package vn.pdv.stack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Where this module's build unpacked the servers it runs as child processes (Apicurio Registry, Keycloak):
 * recorded at build time in {@code vn/pdv/stack/local-stack.properties}, overridable by a system property or
 * an environment variable for an unpacked copy elsewhere.
 */
final class Distributions {

    private Distributions() {
    }

    /**
     * The unpacked distribution {@code name}, checked by the presence of {@code expectedFile} in it.
     *
     * @param key the property name in {@code local-stack.properties}: {@code <key>.home}, {@code <key>.version}
     * @param artifact the Maven coordinates the build unpacks, {@code %s} standing for the version, for the error message
     * @throws IllegalStateException when it is not there, naming the build step and the overrides
     */
    static Path locate(String name, String key, String homeProperty, String homeEnv, String expectedFile, String artifact) {
        Properties built = new Properties();
        try (InputStream in = Distributions.class.getResourceAsStream("local-stack.properties")) {
            if (in != null) {
                built.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read vn/pdv/stack/local-stack.properties", e);
        }
        String configured = System.getProperty(homeProperty, System.getenv(homeEnv));
        String location = configured != null ? configured : built.getProperty(key + ".home");
        if (location == null || !Files.isRegularFile(Path.of(location, expectedFile))) {
            String version = built.getProperty(key + ".version", "");
            throw new IllegalStateException(("%s %s is not unpacked at %s. Build the local-stack module "
                    + "(./mvnw -pl local-stack package), which unpacks %s into local-stack/target, "
                    + "or point -D%s / %s at an unpacked copy.")
                    .formatted(name, version, location, artifact.formatted(version), homeProperty, homeEnv));
        }
        return Path.of(location);
    }
}
