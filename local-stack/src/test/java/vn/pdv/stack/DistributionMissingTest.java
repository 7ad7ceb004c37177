package vn.pdv.stack;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * A distribution this module unpacks, missing: what a newcomer reads. Alone, because each test points a JVM-wide
 * property ({@value LocalKeycloak#HOME_PROPERTY}, {@value LocalSchemaRegistry#HOME_PROPERTY}) elsewhere, and this
 * module's other test classes run two at a time.
 */
@Isolated
class DistributionMissingTest {

    @TempDir
    Path dataDir;

    @Test
    void keycloakSaysHowToGetItsDistribution() {
        System.setProperty(LocalKeycloak.HOME_PROPERTY, dataDir.resolve("no-such-dir").toString());
        try {
            assertThatThrownBy(() -> LocalKeycloak.start(dataDir.resolve("missing"), FreePorts.any()))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("is not unpacked at " + dataDir.resolve("no-such-dir"))
                    .hasMessageContaining("org.keycloak:keycloak-quarkus-dist:")
                    .hasMessageContaining("./mvnw -pl local-stack package");
        } finally {
            System.clearProperty(LocalKeycloak.HOME_PROPERTY);
        }
    }

    @Test
    void theSchemaRegistrySaysHowToGetItsDistribution() {
        System.setProperty(LocalSchemaRegistry.HOME_PROPERTY, dataDir.resolve("no-such-dir").toString());
        try {
            assertThatThrownBy(() -> LocalSchemaRegistry.start(dataDir.resolve("missing"), FreePorts.any(),
                    LocalSchemaRegistry.Storage.inMemory()))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("is not unpacked at " + dataDir.resolve("no-such-dir"))
                    .hasMessageContaining("./mvnw -pl local-stack package");
        } finally {
            System.clearProperty(LocalSchemaRegistry.HOME_PROPERTY);
        }
    }
}
