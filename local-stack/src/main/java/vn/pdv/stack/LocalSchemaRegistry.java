package vn.pdv.stack;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Apicurio Registry 3.3 as a child process, serving the Confluent Schema Registry REST API
 * (the ccompat API) on 127.0.0.1.
 *
 * <p>The distribution is the one this module's build unpacked into its {@code target/} directory
 * (path recorded in {@code vn/pdv/stack/local-stack.properties}; override with system property
 * {@value #HOME_PROPERTY} or environment variable {@value #HOME_ENV}). It runs on the Java that
 * runs this JVM. Storage is in memory, or Kafka topics ({@link Storage#kafkaSql(String)}) so schemas
 * and their ids survive a restart. The global compatibility rule is BACKWARD, as in a Confluent
 * registry set up for consumers that upgrade first.
 *
 * <p>Limits: start-up takes about 12 s; a JVM killed with SIGKILL cannot stop the child — the
 * shutdown hook covers normal exit and Ctrl-C.
 */
public final class LocalSchemaRegistry implements AutoCloseable {

    public static final String HOME_PROPERTY = "pdv.apicurio.home";
    public static final String HOME_ENV = "PDV_APICURIO_HOME";

    private static final Logger log = LoggerFactory.getLogger(LocalSchemaRegistry.class);
    private static final Duration READY_DEADLINE = Duration.ofSeconds(120);

    /** Where the registry keeps schemas. */
    public sealed interface Storage {

        /** Lost when the process stops; the right choice for tests. */
        static Storage inMemory() {
            return new InMemory();
        }

        /** A journal in Kafka topics of the broker at {@code bootstrapServers}, replayed at start-up. */
        static Storage kafkaSql(String bootstrapServers) {
            return new KafkaSql(bootstrapServers);
        }

        record InMemory() implements Storage {
        }

        record KafkaSql(String bootstrapServers) implements Storage {
        }
    }

    private final ChildProcess process;
    private final int port;
    private final Duration startupTime;

    private LocalSchemaRegistry(ChildProcess process, int port, Duration startupTime) {
        this.process = process;
        this.port = port;
        this.startupTime = startupTime;
    }

    /**
     * Starts the registry on {@code port}, appending its output to {@code workDir/apicurio-registry.log}, and returns
     * once it reports ready.
     *
     * @throws PortInUseException when {@code port} is taken
     * @throws IllegalStateException when the distribution is missing, or the process exits or is not
     *                               ready in time (the message carries the tail of its log)
     */
    public static LocalSchemaRegistry start(Path workDir, int port, Storage storage) {
        if (port <= 0) {
            throw new IllegalArgumentException("The schema registry needs a fixed port (use FreePorts.any() for a free one), got " + port);
        }
        FreePorts.requireFree(port, "Schema Registry");
        Path home = distribution();
        int managementPort = FreePorts.any();
        Path dir = workDir.toAbsolutePath();
        Path logFile = dir.resolve("apicurio-registry.log");
        Instant started = Instant.now();
        ChildProcess process = ChildProcess.start("Apicurio Registry", command(home, dir, port, managementPort, storage),
                inherited -> { }, dir, logFile);
        try {
            process.awaitReady(URI.create("http://127.0.0.1:" + managementPort + "/health/ready"), READY_DEADLINE);
        } catch (RuntimeException e) {
            process.close();
            throw e;
        }
        Duration startupTime = Duration.between(started, Instant.now());
        log.info("Schema registry ready at http://127.0.0.1:{} ({}, pid {}, log {}) in {} ms",
                port, storage, process.pid(), logFile, startupTime.toMillis());
        return new LocalSchemaRegistry(process, port, startupTime);
    }

    /** The Confluent-compatible base URL, e.g. for {@code schema.registry.url}. */
    public String confluentApiUrl() {
        return "http://127.0.0.1:" + port + "/apis/ccompat/v7";
    }

    public int port() {
        return port;
    }

    public Path logFile() {
        return process.logFile();
    }

    /** From process start to ready. */
    public Duration startupTime() {
        return startupTime;
    }

    /** Stops the process and its descendants and waits for them. */
    @Override
    public void close() {
        process.close();
        log.info("Schema registry at http://127.0.0.1:{} stopped", port);
    }

    private static List<String> command(Path home, Path workDir, int port, int managementPort, Storage storage) {
        List<String> command = new ArrayList<>(List.of(
                ChildProcess.javaOfThisJvm(),
                "-Xmx512m",
                "-Djava.io.tmpdir=" + workDir,
                "-Dquarkus.http.host=127.0.0.1",
                "-Dquarkus.http.port=" + port,
                "-Dquarkus.management.host=127.0.0.1",
                "-Dquarkus.management.port=" + managementPort,
                "-Dapicurio.rules.global.compatibility=BACKWARD",
                // Confluent semantics: an id names content, so the same schema under two subjects has one id,
                // and that id is what /schemas/ids/{id} looks up. (Legacy mode would hand out global ids.)
                "-Dapicurio.ccompat.legacy-id-mode.enabled=false",
                "-Dapicurio.storage.snapshot.location=" + workDir,
                "-Dapicurio.import.work-dir=" + workDir));
        if (storage instanceof Storage.KafkaSql(String bootstrapServers)) {
            command.add("-Dapicurio.storage.kind=kafkasql");
            command.add("-Dapicurio.kafkasql.bootstrap.servers=" + bootstrapServers);
            // The journal is replayed in order; the broker default (several partitions) would not keep that order.
            command.add("-Dapicurio.kafkasql.topic.partitions=1");
            // Replay polls until an empty poll; the 5 s default makes every start that much slower.
            command.add("-Dapicurio.kafkasql.consumer.poll.timeout=500");
        }
        command.add("-jar");
        command.add(home.resolve("quarkus-run.jar").toString());
        return command;
    }

    private static Path distribution() {
        return Distributions.locate("Apicurio Registry", "apicurio", HOME_PROPERTY, HOME_ENV, "quarkus-run.jar",
                "io.apicurio:apicurio-registry-app:%s:tar.gz:all");
    }
}
