package vn.pdv.stack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

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
    private static final Duration STOP_GRACE = Duration.ofSeconds(15);
    private static final int LOG_TAIL_LINES = 40;

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

    private final Process process;
    private final int port;
    private final Path logFile;
    private final Duration startupTime;
    private final Thread shutdownHook;

    private LocalSchemaRegistry(Process process, int port, Path logFile, Duration startupTime, Thread shutdownHook) {
        this.process = process;
        this.port = port;
        this.logFile = logFile;
        this.startupTime = startupTime;
        this.shutdownHook = shutdownHook;
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
        Process process;
        try {
            Files.createDirectories(dir);
            process = new ProcessBuilder(command(home, dir, port, managementPort, storage))
                    .directory(dir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start Apicurio Registry from " + home, e);
        }
        Thread hook = new Thread(() -> stop(process), "stop-apicurio-registry-" + port);
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            awaitReady(process, managementPort, logFile);
        } catch (RuntimeException e) {
            stop(process);
            removeHook(hook);
            throw e;
        }
        Duration startupTime = Duration.between(started, Instant.now());
        log.info("Schema registry ready at http://127.0.0.1:{} ({}, pid {}, log {}) in {} ms",
                port, storage, process.pid(), logFile, startupTime.toMillis());
        return new LocalSchemaRegistry(process, port, logFile, startupTime, hook);
    }

    /** The Confluent-compatible base URL, e.g. for {@code schema.registry.url}. */
    public String confluentApiUrl() {
        return "http://127.0.0.1:" + port + "/apis/ccompat/v7";
    }

    public int port() {
        return port;
    }

    public Path logFile() {
        return logFile;
    }

    /** From process start to ready. */
    public Duration startupTime() {
        return startupTime;
    }

    /** Stops the process and its descendants and waits for them. */
    @Override
    public void close() {
        stop(process);
        removeHook(shutdownHook);
        log.info("Schema registry at http://127.0.0.1:{} stopped", port);
    }

    private static List<String> command(Path home, Path workDir, int port, int managementPort, Storage storage) {
        List<String> command = new ArrayList<>(List.of(
                javaOfThisJvm(),
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

    private static String javaOfThisJvm() {
        return ProcessHandle.current().info().command()
                .orElse(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
    }

    static Path distribution() {
        String configured = System.getProperty(HOME_PROPERTY, System.getenv(HOME_ENV));
        Properties built = new Properties();
        try (InputStream in = LocalSchemaRegistry.class.getResourceAsStream("local-stack.properties")) {
            if (in != null) {
                built.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read vn/pdv/stack/local-stack.properties", e);
        }
        String location = configured != null ? configured : built.getProperty("apicurio.home");
        if (location == null || !Files.isRegularFile(Path.of(location, "quarkus-run.jar"))) {
            throw new IllegalStateException(("Apicurio Registry %s is not unpacked at %s. Build the local-stack module "
                    + "(cd /work/main && ./mvnw -pl local-stack install), which unpacks "
                    + "io.apicurio:apicurio-registry-app:%s:tar.gz:all into local-stack/target/apicurio-registry, "
                    + "or point -D%s / %s at an unpacked copy.")
                    .formatted(built.getProperty("apicurio.version", ""), location, built.getProperty("apicurio.version", ""),
                            HOME_PROPERTY, HOME_ENV));
        }
        return Path.of(location);
    }

    private static void awaitReady(Process process, int managementPort, Path logFile) {
        URI ready = URI.create("http://127.0.0.1:" + managementPort + "/health/ready");
        Instant deadline = Instant.now().plus(READY_DEADLINE);
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build()) {
            while (true) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("Apicurio Registry exited with code " + process.exitValue()
                            + " before it was ready. Last lines of " + logFile + ":\n" + tail(logFile));
                }
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("Apicurio Registry was not ready within " + READY_DEADLINE
                            + ". Last lines of " + logFile + ":\n" + tail(logFile));
                }
                try {
                    HttpResponse<Void> response = http.send(HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(2)).build(),
                            HttpResponse.BodyHandlers.discarding());
                    if (response.statusCode() == 200) {
                        return;
                    }
                } catch (IOException notListeningYet) {
                    // expected until Quarkus opens the management port
                }
                // Paces the polling; returns early if the process dies.
                process.waitFor(200, TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for Apicurio Registry", e);
        }
    }

    private static void stop(Process process) {
        List<ProcessHandle> descendants = process.descendants().toList();
        process.destroy();
        descendants.forEach(ProcessHandle::destroy);
        try {
            if (!process.waitFor(STOP_GRACE.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(STOP_GRACE.toSeconds(), TimeUnit.SECONDS);
            }
            for (ProcessHandle descendant : descendants) {
                descendant.onExit().get(STOP_GRACE.toSeconds(), TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        } catch (Exception e) {
            descendants.forEach(ProcessHandle::destroyForcibly);
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or about to; it stops the same process
        }
    }

    private static String tail(Path logFile) {
        try {
            List<String> lines = new String(Files.readAllBytes(logFile), StandardCharsets.UTF_8).lines().toList();
            return String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size()));
        } catch (IOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }
}
