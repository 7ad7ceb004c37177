package vn.pdv.demo.outbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import vn.pdv.stack.FreePorts;
import vn.pdv.stack.LocalKafka;
import vn.pdv.stack.LocalMongo;
import vn.pdv.stack.LocalSchemaRegistry;
import vn.pdv.stack.ServiceWiring;
import vn.pdv.stack.TestStack;

/**
 * A broker, a schema registry and MongoDB of one test class's own, on free ports and a temporary
 * directory, so that a test may stop the broker or the registry and start it again on the same port and
 * data without touching the shared {@link vn.pdv.stack.TestStack}.
 *
 * <p>Built from the same components as {@link vn.pdv.stack.LocalStack}, which starts and stops them only
 * together. MongoDB stays in memory in this JVM throughout; schemas live in Kafka topics when asked for, so
 * that a restarted registry hands out the same ids.
 */
final class RestartableStack implements AutoCloseable {

    private final Path dir;
    private final int kafkaPort = FreePorts.any();
    private final int registryPort = FreePorts.any();
    private final boolean schemasInKafka;
    private final LocalMongo mongo;
    /** Taken from the first start: a restart uses the same ports, and a stopped part must still be addressable. */
    private final String kafkaBootstrapServers;
    private final String schemaRegistryUrl;
    private LocalKafka kafka;
    private LocalSchemaRegistry registry;

    private RestartableStack(Path dir, boolean schemasInKafka) {
        this.dir = dir;
        this.schemasInKafka = schemasInKafka;
        startKafka();
        startRegistry();
        this.kafkaBootstrapServers = kafka.bootstrapServers();
        this.schemaRegistryUrl = registry.confluentApiUrl();
        this.mongo = LocalMongo.inMemory(FreePorts.any());
    }

    /** Schemas in memory: enough while the registry is never restarted. */
    static RestartableStack withSchemasInMemory() {
        return new RestartableStack(temporaryDirectory(), false);
    }

    /** Schemas in this stack's Kafka, so they and their ids survive a restart of the registry. */
    static RestartableStack withSchemasInKafka() {
        return new RestartableStack(temporaryDirectory(), true);
    }

    void stopKafka() {
        kafka.close();
        kafka = null;
    }

    void startKafka() {
        kafka = LocalKafka.start(dir.resolve("kafka"), kafkaPort);
    }

    void stopRegistry() {
        registry.close();
        registry = null;
    }

    void startRegistry() {
        registry = LocalSchemaRegistry.start(dir.resolve("schema-registry"), registryPort, schemasInKafka
                ? LocalSchemaRegistry.Storage.kafkaSql("127.0.0.1:" + kafkaPort)
                : LocalSchemaRegistry.Storage.inMemory());
    }

    String kafkaBootstrapServers() {
        return kafkaBootstrapServers;
    }

    String schemaRegistryUrl() {
        return schemaRegistryUrl;
    }

    String mongoConnectionString(String database) {
        return mongo.connectionString(database);
    }

    /**
     * The properties that wire a service to this stack, with a MongoDB database of its own; the tokens it accepts are
     * the shared test Keycloak's ({@link TestStack}), which no test here restarts.
     */
    List<String> properties(String database) {
        List<String> properties = new ArrayList<>(ServiceWiring.properties(kafkaBootstrapServers, schemaRegistryUrl,
                mongo.connectionString(database)));
        properties.add(ServiceWiring.oidcIssuer(TestStack.keycloakIssuer()));
        return properties;
    }

    @Override
    public void close() {
        mongo.close();
        if (registry != null) {
            registry.close();
        }
        if (kafka != null) {
            kafka.close();
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("pdv-outbox-test-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
