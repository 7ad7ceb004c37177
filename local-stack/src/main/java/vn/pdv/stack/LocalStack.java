package vn.pdv.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.Optional;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Kafka, then the schema registry, then MongoDB, started together for a local run or a test, and
 * closed in reverse order; Keycloak too when asked for ({@link Builder#withKeycloak(int)}), booting
 * while the others start.
 *
 * <p>With a data directory ({@link Builder#dataDir(Path)}) everything persists across restarts:
 * the Kafka log in {@code kafka/}, schemas in Kafka topics, MongoDB in the H2 file
 * {@code mongo/pdv.mv.db}, Keycloak's database in {@code keycloak/h2/} (the realm is imported into a
 * new one only). Without one, a temporary directory is used and deleted on close, and
 * the registry and MongoDB keep data in memory. Ports default to free ones;
 * {@link Builder#standardPorts()} asks for 9092, 8081 and 27017 and fails clearly when one is taken.
 */
public final class LocalStack implements AutoCloseable {

    public static final int STANDARD_KAFKA_PORT = 9092;
    public static final int STANDARD_SCHEMA_REGISTRY_PORT = 8081;
    public static final int STANDARD_MONGO_PORT = 27017;

    private static final Logger log = LoggerFactory.getLogger(LocalStack.class);

    private final Path dataDir;
    private final boolean temporary;
    private final LocalKafka kafka;
    private final LocalSchemaRegistry schemaRegistry;
    private final LocalMongo mongo;
    private final LocalKeycloak keycloak;

    private LocalStack(Path dataDir, boolean temporary, LocalKafka kafka, LocalSchemaRegistry schemaRegistry, LocalMongo mongo,
                       LocalKeycloak keycloak) {
        this.dataDir = dataDir;
        this.temporary = temporary;
        this.kafka = kafka;
        this.schemaRegistry = schemaRegistry;
        this.mongo = mongo;
        this.keycloak = keycloak;
    }

    public static Builder builder() {
        return new Builder();
    }

    public String kafkaBootstrapServers() {
        return kafka().bootstrapServers();
    }

    /** The Confluent-compatible base URL, for {@code schema.registry.url}. */
    public String schemaRegistryUrl() {
        return schemaRegistry().confluentApiUrl();
    }

    public String mongoConnectionString(String database) {
        return mongo().connectionString(database);
    }

    public LocalKafka kafka() {
        return require(kafka, "Kafka");
    }

    public LocalSchemaRegistry schemaRegistry() {
        return require(schemaRegistry, "the schema registry");
    }

    public LocalMongo mongo() {
        return require(mongo, "MongoDB");
    }

    /** The issuer of realm {@value LocalKeycloak#REALM}, e.g. {@code http://127.0.0.1:8090/realms/pdv}. */
    public String keycloakIssuer() {
        return keycloak().issuerUrl();
    }

    public LocalKeycloak keycloak() {
        return require(keycloak, "Keycloak (ask for it with withKeycloak(port))");
    }

    public Path dataDir() {
        return dataDir;
    }

    /** Stops MongoDB, the registry, Kafka and Keycloak, in that order; a temporary data directory is deleted. */
    @Override
    public void close() {
        Deque<AutoCloseable> started = new ArrayDeque<>();
        Stream.of(keycloak, kafka, schemaRegistry, mongo).filter(component -> component != null).forEach(started::push);
        closeAll(started);
        if (temporary) {
            deleteRecursively(dataDir);
        }
    }

    private static <T> T require(T component, String name) {
        if (component == null) {
            throw new IllegalStateException("This LocalStack was built without " + name);
        }
        return component;
    }

    private static void closeAll(Deque<AutoCloseable> started) {
        RuntimeException failure = null;
        while (!started.isEmpty()) {
            try {
                started.pop().close();
            } catch (Exception e) {
                if (failure == null) {
                    failure = new IllegalStateException("Stopping the local stack failed", e);
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            log.warn("Could not delete the temporary directory {}: {}", dir, e.toString());
        }
    }

    /** What to start, where, and on which ports. Port 0 means a free port. */
    public static final class Builder {

        /** Where the schema registry keeps schemas. */
        public enum SchemaStorage {
            /** Lost on stop. */
            IN_MEMORY,
            /** In topics of this stack's Kafka, so they survive a restart with the same data directory. */
            IN_KAFKA
        }

        private Path dataDir;
        private int kafkaPort;
        private int schemaRegistryPort;
        private int mongoPort;
        private int keycloakPort;
        private boolean withKeycloak;
        private boolean keycloakForTests;
        private int kafkaPartitions = LocalKafka.DEFAULT_PARTITIONS;
        private boolean withKafka = true;
        private boolean withSchemaRegistry = true;
        private boolean withMongo = true;
        private SchemaStorage schemaStorage;

        private Builder() {
        }

        /** Persist everything under {@code dir}; schemas default to {@link SchemaStorage#IN_KAFKA}. */
        public Builder dataDir(Path dir) {
            this.dataDir = dir;
            return this;
        }

        /** Kafka on 9092, the registry on 8081, MongoDB on 27017. */
        public Builder standardPorts() {
            return kafkaPort(STANDARD_KAFKA_PORT)
                    .schemaRegistryPort(STANDARD_SCHEMA_REGISTRY_PORT)
                    .mongoPort(STANDARD_MONGO_PORT);
        }

        public Builder kafkaPort(int port) {
            this.kafkaPort = port;
            return this;
        }

        public Builder schemaRegistryPort(int port) {
            this.schemaRegistryPort = port;
            return this;
        }

        public Builder mongoPort(int port) {
            this.mongoPort = port;
            return this;
        }

        /** Partitions of automatically created topics; {@value LocalKafka#DEFAULT_PARTITIONS} unless set. */
        public Builder kafkaPartitions(int partitions) {
            this.kafkaPartitions = partitions;
            return this;
        }

        public Builder schemaStorage(SchemaStorage storage) {
            this.schemaStorage = storage;
            return this;
        }

        public Builder withoutKafka() {
            this.withKafka = false;
            return this;
        }

        public Builder withoutSchemaRegistry() {
            this.withSchemaRegistry = false;
            return this;
        }

        public Builder withoutMongo() {
            this.withMongo = false;
            return this;
        }

        /** Also start Keycloak with realm {@value LocalKeycloak#REALM}, on {@code port} (0: a free one); data in {@code keycloak/}. */
        public Builder withKeycloak(int port) {
            this.withKeycloak = true;
            this.keycloakPort = port;
            return this;
        }

        /**
         * Keycloak as tests want it: realm {@value LocalKeycloak#REALM} also has the test clients (tokens that expire in
         * two seconds), and realm {@value LocalKeycloak#OTHER_REALM} is a second issuer, for tests of refused tokens.
         */
        public Builder forTests() {
            this.keycloakForTests = true;
            return this;
        }

        /**
         * Starts the chosen components in order and returns when all are ready; on failure, stops
         * what already started and rethrows.
         *
         * @throws PortInUseException when a fixed port is taken
         */
        public LocalStack start() {
            boolean temporary = dataDir == null;
            SchemaStorage storage = Optional.ofNullable(schemaStorage)
                    .orElse(temporary || !withKafka ? SchemaStorage.IN_MEMORY : SchemaStorage.IN_KAFKA);
            if (withSchemaRegistry && storage == SchemaStorage.IN_KAFKA && !withKafka) {
                throw new IllegalStateException("Schemas stored in Kafka need this stack's Kafka; do not call withoutKafka()");
            }
            Path dir = temporary ? createTemporaryDirectory() : dataDir.toAbsolutePath();
            Deque<AutoCloseable> started = new ArrayDeque<>();
            try {
                LocalKeycloak keycloak = null;
                if (withKeycloak) {
                    keycloak = LocalKeycloak.launch(dir.resolve("keycloak"), portOrFree(keycloakPort), keycloakForTests);
                    started.push(keycloak);
                }
                LocalKafka kafka = null;
                LocalSchemaRegistry registry = null;
                LocalMongo mongo = null;
                if (withKafka) {
                    kafka = LocalKafka.start(dir.resolve("kafka"), portOrFree(kafkaPort), kafkaPartitions);
                    started.push(kafka);
                }
                if (withSchemaRegistry) {
                    LocalSchemaRegistry.Storage registryStorage = storage == SchemaStorage.IN_KAFKA
                            ? LocalSchemaRegistry.Storage.kafkaSql(kafka.bootstrapServers())
                            : LocalSchemaRegistry.Storage.inMemory();
                    registry = LocalSchemaRegistry.start(dir.resolve("schema-registry"), portOrFree(schemaRegistryPort), registryStorage);
                    started.push(registry);
                }
                if (withMongo) {
                    mongo = temporary
                            ? LocalMongo.inMemory(portOrFree(mongoPort))
                            : LocalMongo.inFile(dir.resolve("mongo").resolve("pdv.mv.db"), portOrFree(mongoPort));
                    started.push(mongo);
                }
                if (keycloak != null) {
                    keycloak.awaitReady();
                }
                log.info("Local stack up (data {}{})", dir, temporary ? ", temporary" : "");
                return new LocalStack(dir, temporary, kafka, registry, mongo, keycloak);
            } catch (RuntimeException e) {
                try {
                    closeAll(started);
                } catch (RuntimeException stopFailure) {
                    e.addSuppressed(stopFailure);
                }
                if (temporary) {
                    deleteRecursively(dir);
                }
                throw e;
            }
        }

        private static int portOrFree(int port) {
            return port == 0 ? FreePorts.any() : port;
        }

        private static Path createTemporaryDirectory() {
            try {
                return Files.createTempDirectory("pdv-local-stack-");
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot create a temporary directory for the local stack", e);
            }
        }
    }
}
