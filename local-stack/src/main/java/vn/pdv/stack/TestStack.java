package vn.pdv.stack;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.Network;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * The infrastructure shared by every test in a JVM: started on first use, stopped at JVM exit.
 *
 * <p>With a Docker engine it runs containers of pinned images (Kafka, Confluent Schema Registry on
 * that Kafka, a one-node MongoDB replica set); without one, the embedded {@link LocalStack} on free
 * ports and a temporary directory. Environment variable {@value #MONGODB_URI_ENV} replaces MongoDB
 * with the given server (e.g. a real replica set), whichever branch runs. Tests never skip for lack
 * of Docker.
 *
 * <p>Keycloak ({@link #keycloakIssuer()}) is separate: started only in a JVM that asks for it, once, from the
 * distribution this module unpacks (with or without Docker), and stopped at JVM exit. {@link Tokens} gets its
 * tokens.
 *
 * <p>Tests share topics, subjects and databases, so each test should use names of its own.
 */
public final class TestStack {

    public static final String MONGODB_URI_ENV = "PDV_TEST_MONGODB_URI";

    static final DockerImageName KAFKA_IMAGE = DockerImageName.parse("apache/kafka:4.2.1");
    static final DockerImageName SCHEMA_REGISTRY_IMAGE = DockerImageName.parse("confluentinc/cp-schema-registry:8.0.0");
    static final DockerImageName MONGO_IMAGE = DockerImageName.parse("mongo:8.0.12");

    private static final Logger log = LoggerFactory.getLogger(TestStack.class);

    private static Infrastructure infrastructure;
    private static CompletableFuture<LocalStack> identityProvider;
    /**
     * The Spring contexts wired to the stack ({@link TestStackInitializer}), closed before it stops at JVM exit. Each
     * context's own shutdown hook runs at the same time as the stack's, in no set order: a context that closed after
     * the broker had stopped waited on its Kafka clients, and now and then kept the test JVM past Surefire's 30 s.
     */
    private static final Set<ConfigurableApplicationContext> users =
            Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

    private TestStack() {
    }

    public static String kafkaBootstrapServers() {
        return infrastructure().kafkaBootstrapServers();
    }

    /**
     * The broker's SASL_PLAINTEXT (SCRAM-SHA-512) listener, where {@link KafkaPrincipals}' ACLs apply; the embedded
     * broker only (the containers' broker has no such listener).
     */
    public static String kafkaSaslBootstrapServers() {
        return infrastructure().kafkaSaslBootstrapServers();
    }

    /** The Confluent-compatible base URL, for {@code schema.registry.url}. */
    public static String schemaRegistryUrl() {
        return infrastructure().schemaRegistryUrl();
    }

    /** A connection string selecting {@code database}; options of {@value #MONGODB_URI_ENV} are kept. */
    public static String mongoConnectionString(String database) {
        return infrastructure().mongoConnectionString(database);
    }

    /**
     * The issuer of realm {@value LocalKeycloak#REALM}, e.g. {@code http://127.0.0.1:41234/realms/pdv}, for
     * {@code pdv.oidc.issuer-uri}. The first call starts Keycloak (about 30 s; a minute more on a fresh build).
     */
    public static String keycloakIssuer() {
        return identityProvider().join().keycloakIssuer();
    }

    /**
     * The issuer of the second realm {@value LocalKeycloak#OTHER_REALM} on the same Keycloak: its tokens name audience
     * {@code pdv} and carry a unit and a role like realm {@value LocalKeycloak#REALM}'s, yet come from another issuer
     * with other keys. {@code new Tokens(TestStack.otherIssuer()).accessToken("duk01.clerk")}.
     */
    public static String otherIssuer() {
        return identityProvider().join().keycloak().issuerUrl(LocalKeycloak.OTHER_REALM);
    }

    /**
     * Starts Keycloak in the background unless it is started already, so that it boots while the caller starts other
     * things (Kafka and the registry, a Spring context); {@link #keycloakIssuer()} then waits for it.
     */
    public static void startKeycloak() {
        identityProvider();
    }

    /** Has {@code context} closed, if it is still open, before the stack stops at JVM exit. */
    public static void closeBeforeStopping(ConfigurableApplicationContext context) {
        users.add(context);
    }

    /**
     * {@code stop}, after closing the contexts still open. A context its own hook is closing meanwhile is waited for:
     * {@code close} holds the context's shutdown monitor.
     */
    static Runnable closingUsersFirst(Runnable stop) {
        return () -> {
            List<ConfigurableApplicationContext> open;
            synchronized (users) {
                open = new ArrayList<>(users);
            }
            for (ConfigurableApplicationContext context : open) {
                try {
                    context.close();
                } catch (RuntimeException e) {
                    log.warn("Test stack: closing a context before stopping failed", e);
                }
            }
            stop.run();
        };
    }

    private static synchronized CompletableFuture<LocalStack> identityProvider() {
        if (identityProvider == null) {
            identityProvider = CompletableFuture.supplyAsync(() -> {
                LocalStack started = LocalStack.builder().withoutKafka().withoutSchemaRegistry().withoutMongo()
                        .withKeycloak(0).forTests().start();
                Runtime.getRuntime().addShutdownHook(new Thread(started::close, "stop-test-keycloak"));
                log.info("Test stack: Keycloak, issuer {}", started.keycloakIssuer());
                return started;
            }, runnable -> new Thread(runnable, "start-test-keycloak").start());
        }
        return identityProvider;
    }

    private static synchronized Infrastructure infrastructure() {
        if (infrastructure == null) {
            String externalMongo = System.getenv(MONGODB_URI_ENV);
            Infrastructure started = DockerClientFactory.instance().isDockerAvailable()
                    ? Containers.start(externalMongo == null)
                    : Embedded.start(externalMongo == null);
            infrastructure = externalMongo == null ? started : new WithExternalMongo(started, externalMongo);
            Runtime.getRuntime().addShutdownHook(new Thread(closingUsersFirst(infrastructure::stop),
                    "stop-test-stack"));
            log.info("Test stack: {} — Kafka {}, schema registry {}, MongoDB {}", infrastructure.description(),
                    infrastructure.kafkaBootstrapServers(), infrastructure.schemaRegistryUrl(),
                    externalMongo == null ? infrastructure.mongoConnectionString("<db>") : "from " + MONGODB_URI_ENV);
        }
        return infrastructure;
    }

    private interface Infrastructure {

        String kafkaBootstrapServers();

        String kafkaSaslBootstrapServers();

        String schemaRegistryUrl();

        String mongoConnectionString(String database);

        String description();

        void stop();
    }

    private record Embedded(LocalStack stack) implements Infrastructure {

        static Embedded start(boolean withMongo) {
            LocalStack.Builder builder = LocalStack.builder();
            if (!withMongo) {
                builder.withoutMongo();
            }
            return new Embedded(builder.start());
        }

        @Override
        public String kafkaBootstrapServers() {
            return stack.kafkaBootstrapServers();
        }

        @Override
        public String kafkaSaslBootstrapServers() {
            return stack.kafka().saslBootstrapServers();
        }

        @Override
        public String schemaRegistryUrl() {
            return stack.schemaRegistryUrl();
        }

        @Override
        public String mongoConnectionString(String database) {
            return stack.mongoConnectionString(database);
        }

        @Override
        public String description() {
            return "embedded (no Docker engine): in-process Kafka, Apicurio Registry process, mongo-java-server";
        }

        @Override
        public void stop() {
            stack.close();
        }
    }

    /** Not runnable where this module is built (no Docker engine there); kept simple and standard. */
    private record Containers(Network network, KafkaContainer kafka, GenericContainer<?> schemaRegistry,
                              MongoDBContainer mongo) implements Infrastructure {

        private static final String KAFKA_ALIAS = "kafka";
        private static final String KAFKA_INTERNAL_LISTENER = KAFKA_ALIAS + ":19092";
        private static final int SCHEMA_REGISTRY_PORT = 8081;

        @SuppressWarnings("resource") // stopped in stop()
        static Containers start(boolean withMongo) {
            Network network = Network.newNetwork();
            KafkaContainer kafka = new KafkaContainer(KAFKA_IMAGE)
                    .withNetwork(network)
                    .withNetworkAliases(KAFKA_ALIAS)
                    .withListener(KAFKA_INTERNAL_LISTENER);
            GenericContainer<?> schemaRegistry = new GenericContainer<>(SCHEMA_REGISTRY_IMAGE)
                    .withNetwork(network)
                    .withExposedPorts(SCHEMA_REGISTRY_PORT)
                    .withEnv("SCHEMA_REGISTRY_HOST_NAME", "schema-registry")
                    .withEnv("SCHEMA_REGISTRY_LISTENERS", "http://0.0.0.0:" + SCHEMA_REGISTRY_PORT)
                    .withEnv("SCHEMA_REGISTRY_KAFKASTORE_BOOTSTRAP_SERVERS", "PLAINTEXT://" + KAFKA_INTERNAL_LISTENER)
                    .withEnv("SCHEMA_REGISTRY_SCHEMA_COMPATIBILITY_LEVEL", "backward")
                    .dependsOn(kafka)
                    .waitingFor(Wait.forHttp("/subjects").forStatusCode(200));
            MongoDBContainer mongo = withMongo ? new MongoDBContainer(MONGO_IMAGE).withReplicaSet() : null;
            Containers containers = new Containers(network, kafka, schemaRegistry, mongo);
            try {
                kafka.start();
                schemaRegistry.start();
                if (mongo != null) {
                    mongo.start();
                }
            } catch (RuntimeException e) {
                containers.stop();
                throw e;
            }
            return containers;
        }

        @Override
        public String kafkaBootstrapServers() {
            return kafka.getBootstrapServers();
        }

        @Override
        public String kafkaSaslBootstrapServers() {
            throw new UnsupportedOperationException("The Kafka container has no SASL listener; the embedded broker has");
        }

        @Override
        public String schemaRegistryUrl() {
            return "http://" + schemaRegistry.getHost() + ":" + schemaRegistry.getMappedPort(SCHEMA_REGISTRY_PORT);
        }

        @Override
        public String mongoConnectionString(String database) {
            return mongo.getReplicaSetUrl(database);
        }

        @Override
        public String description() {
            return "containers: " + KAFKA_IMAGE + ", " + SCHEMA_REGISTRY_IMAGE + ", " + MONGO_IMAGE;
        }

        @Override
        public void stop() {
            if (mongo != null) {
                mongo.stop();
            }
            schemaRegistry.stop();
            kafka.stop();
            network.close();
        }
    }

    private record WithExternalMongo(Infrastructure rest, String mongoUri) implements Infrastructure {

        @Override
        public String kafkaBootstrapServers() {
            return rest.kafkaBootstrapServers();
        }

        @Override
        public String kafkaSaslBootstrapServers() {
            return rest.kafkaSaslBootstrapServers();
        }

        @Override
        public String schemaRegistryUrl() {
            return rest.schemaRegistryUrl();
        }

        @Override
        public String mongoConnectionString(String database) {
            return MongoUris.withDatabase(mongoUri, database);
        }

        @Override
        public String description() {
            return rest.description() + ", MongoDB from " + MONGODB_URI_ENV;
        }

        @Override
        public void stop() {
            rest.stop();
        }
    }
}
