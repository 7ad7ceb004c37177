package vn.pdv.stack;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.Feature;
import org.apache.kafka.server.common.MetadataVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node Apache Kafka broker in KRaft mode (broker and controller in one), running
 * inside this JVM.
 *
 * <p>The data directory is formatted on first use and reused afterwards, so a restart on the same
 * directory keeps topics, records and committed offsets. The client listener binds 127.0.0.1 on the
 * given port; the controller listener takes a free port of its own on every start (the quorum is
 * static, so it is not recorded in the log). Several brokers may run in one JVM on different ports
 * and directories.
 *
 * <p>Two client listeners: PLAINTEXT on the given port, whose anonymous clients are super users (the
 * tests' and the demo's harness: creating topics, writing data sets, reading any topic), and
 * {@link #saslBootstrapServers() SASL_PLAINTEXT} with SCRAM-SHA-512 on a free port, where each service
 * authenticates as its own principal and the ACLs {@link KafkaPrincipals} grants are enforced by
 * Kafka's {@code StandardAuthorizer} (a principal without an ACL may do nothing).
 *
 * <p>Limits: one node, so replication factor and min ISR are 1; a fatal broker error ends the JVM,
 * as in any Kafka process.
 */
public final class LocalKafka implements AutoCloseable {

    /** Partitions of an automatically created topic unless configured otherwise. */
    public static final int DEFAULT_PARTITIONS = 6;

    private static final Logger log = LoggerFactory.getLogger(LocalKafka.class);
    private static final int NODE_ID = 1;
    private static final String CONTROLLER_LISTENER = "CONTROLLER";
    private static final Duration READY_DEADLINE = Duration.ofSeconds(60);

    private static final String SASL_LISTENER = "SASL";

    private final KafkaRaftServer server;
    private final Path dataDir;
    private final int port;
    private final int saslPort;

    private LocalKafka(KafkaRaftServer server, Path dataDir, int port, int saslPort) {
        this.server = server;
        this.dataDir = dataDir;
        this.port = port;
        this.saslPort = saslPort;
    }

    /** Starts a broker on {@code port} keeping its log in {@code dataDir}, with {@value #DEFAULT_PARTITIONS} partitions per new topic. */
    public static LocalKafka start(Path dataDir, int port) {
        return start(dataDir, port, DEFAULT_PARTITIONS);
    }

    /**
     * Starts a broker on {@code port} keeping its log in {@code dataDir}; returns once it accepts clients.
     *
     * @throws PortInUseException when {@code port} is taken
     */
    public static LocalKafka start(Path dataDir, int port, int partitions) {
        if (port <= 0) {
            throw new IllegalArgumentException("Kafka needs a fixed port (use FreePorts.any() for a free one), got " + port);
        }
        FreePorts.requireFree(port, "Kafka");
        Instant started = Instant.now();
        Path dir = dataDir.toAbsolutePath();
        int saslPort = FreePorts.any();
        KafkaConfig config = new KafkaConfig(settings(dir, port, FreePorts.any(), saslPort, partitions), false);
        formatUnlessFormatted(dir, config);
        KafkaRaftServer server = new KafkaRaftServer(config, Time.SYSTEM);
        LocalKafka kafka = new LocalKafka(server, dir, port, saslPort);
        try {
            server.startup();
            kafka.awaitClients();
        } catch (RuntimeException e) {
            kafka.close();
            throw e;
        }
        log.info("Kafka ready at {} (data {}) in {} ms", kafka.bootstrapServers(), dir,
                Duration.between(started, Instant.now()).toMillis());
        return kafka;
    }

    /** {@code 127.0.0.1:port}, for {@code bootstrap.servers}. */
    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    /** {@code 127.0.0.1:saslPort}: the SASL_PLAINTEXT (SCRAM-SHA-512) listener, where ACLs apply. */
    public String saslBootstrapServers() {
        return "127.0.0.1:" + saslPort;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** Shuts the broker down cleanly and waits for it; the log stays in the data directory. */
    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
        log.info("Kafka at {} stopped", bootstrapServers());
    }

    private static Map<String, Object> settings(Path dataDir, int port, int controllerPort, int saslPort,
                                                int partitions) {
        return Map.ofEntries(
                Map.entry("process.roles", "broker,controller"),
                Map.entry("node.id", String.valueOf(NODE_ID)),
                Map.entry("controller.quorum.voters", NODE_ID + "@127.0.0.1:" + controllerPort),
                Map.entry("listeners", "PLAINTEXT://127.0.0.1:" + port + "," + SASL_LISTENER + "://127.0.0.1:" + saslPort
                        + "," + CONTROLLER_LISTENER + "://127.0.0.1:" + controllerPort),
                Map.entry("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port + "," + SASL_LISTENER
                        + "://127.0.0.1:" + saslPort),
                Map.entry("controller.listener.names", CONTROLLER_LISTENER),
                Map.entry("inter.broker.listener.name", "PLAINTEXT"),
                Map.entry("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT," + SASL_LISTENER + ":SASL_PLAINTEXT,"
                        + CONTROLLER_LISTENER + ":PLAINTEXT"),
                Map.entry("sasl.enabled.mechanisms", "SCRAM-SHA-512"),
                Map.entry("listener.name.sasl.scram-sha-512.sasl.jaas.config",
                        "org.apache.kafka.common.security.scram.ScramLoginModule required;"),
                Map.entry("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer"),
                // The harness listener, the controller and the broker itself speak as ANONYMOUS.
                Map.entry("super.users", "User:ANONYMOUS"),
                Map.entry("allow.everyone.if.no.acl.found", "false"),
                Map.entry("log.dirs", dataDir.toString()),
                Map.entry("num.partitions", String.valueOf(partitions)),
                Map.entry("default.replication.factor", "1"),
                Map.entry("min.insync.replicas", "1"),
                Map.entry("offsets.topic.replication.factor", "1"),
                Map.entry("transaction.state.log.replication.factor", "1"),
                Map.entry("transaction.state.log.min.isr", "1"),
                Map.entry("share.coordinator.state.topic.replication.factor", "1"),
                Map.entry("share.coordinator.state.topic.min.isr", "1"),
                Map.entry("group.initial.rebalance.delay.ms", "0"),
                // The default 128 MiB per broker is sized for production-scale compaction.
                Map.entry("log.cleaner.dedupe.buffer.size", String.valueOf(8 * 1024 * 1024)));
    }

    private static void formatUnlessFormatted(Path dataDir, KafkaConfig config) {
        if (Files.exists(dataDir.resolve("meta.properties"))) {
            log.info("Reusing the Kafka log in {}", dataDir);
            return;
        }
        try {
            Files.createDirectories(dataDir);
            new Formatter()
                    .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                    .setNodeId(NODE_ID)
                    .setClusterId(Uuid.randomUuid().toString())
                    .setDirectories(List.of(dataDir.toString()))
                    .setMetadataLogDirectory(config.metadataLogDir())
                    .setControllerListenerName(CONTROLLER_LISTENER)
                    .setSupportedFeatures(Feature.PRODUCTION_FEATURES)
                    .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                    .run();
            log.info("Formatted a new Kafka log in {}", dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the Kafka data directory " + dataDir, e);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot format the Kafka data directory " + dataDir, e);
        }
    }

    /** The server reports started before the broker is unfenced; clients need the latter. */
    private void awaitClients() {
        Properties admin = new Properties();
        admin.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        Instant deadline = Instant.now().plus(READY_DEADLINE);
        try (Admin client = Admin.create(admin)) {
            while (true) {
                try {
                    if (!client.describeCluster(new DescribeClusterOptions().timeoutMs(2_000))
                            .nodes().get(3, TimeUnit.SECONDS).isEmpty()) {
                        return;
                    }
                } catch (ExecutionException | TimeoutException e) {
                    if (Instant.now().isAfter(deadline)) {
                        throw new IllegalStateException("Kafka at " + bootstrapServers() + " did not accept clients within " + READY_DEADLINE, e);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Interrupted while waiting for Kafka", e);
                }
            }
        }
    }
}
