package vn.pdv.demo.aggregator;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import vn.pdv.aggregator.AggregatorApplication;
import vn.pdv.stack.FreePorts;
import vn.pdv.stack.JsonApi;

/**
 * An aggregator in a JVM of its own, started from this test's classpath as its main method would be, so that a test
 * can kill it outright ({@link Process#destroyForcibly()}, SIGKILL) and start it again on the same database and
 * consumer group.
 */
final class AggregatorProcess {

    private static final Duration READY_DEADLINE = Duration.ofSeconds(90);

    private final List<String> properties;
    private final Path output;
    private final int port = FreePorts.any();
    private Process process;

    AggregatorProcess(List<String> properties, Path output) {
        this.properties = properties;
        this.output = output;
    }

    /** Starts the aggregator and returns once it answers. */
    JsonApi start() {
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command()
                        .orElse(Paths.get(System.getProperty("java.home"), "bin", "java").toString()),
                "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"),
                AggregatorApplication.class.getName(),
                "--spring.config.name=" + AggregatorApplication.CONFIG_NAME,
                "--server.port=" + port));
        properties.forEach(property -> command.add("--" + property));
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile())).start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the aggregator; its output is in " + output, e);
        }
        JsonApi api = new JsonApi(port);
        await().atMost(READY_DEADLINE).pollInterval(Duration.ofMillis(200)).ignoreExceptions()
                .failFast("the aggregator exited; see " + output, () -> !process.isAlive())
                .until(() -> api.get("/api/logs").status() == 200);
        return api;
    }

    /** SIGKILL: no shutdown hook, no offsets committed on the way out, whatever write was under way cut off. */
    void kill() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    void stop() {
        if (process != null && process.isAlive()) {
            process.destroy();
            process.onExit().join();
        }
    }
}
