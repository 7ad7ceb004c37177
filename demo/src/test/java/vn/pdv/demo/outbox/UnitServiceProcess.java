package vn.pdv.demo.outbox;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import vn.pdv.stack.FreePorts;
import vn.pdv.stack.JsonApi;
import vn.pdv.unit.UnitServiceApplication;

/**
 * A unit service in a JVM of its own, started from this test's classpath as its main method would be, so
 * that a test can kill it outright ({@link Process#destroyForcibly()}, SIGKILL) and start it again on the
 * same port and database.
 */
final class UnitServiceProcess {

    private static final Duration READY_DEADLINE = Duration.ofSeconds(60);

    private final List<String> properties;
    private final Path output;
    private final int port = FreePorts.any();
    private Process process;

    UnitServiceProcess(List<String> properties, Path output) {
        this.properties = properties;
        this.output = output;
    }

    /** Starts the service and returns once it answers its health endpoint. */
    JsonApi start() {
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command()
                        .orElse(Paths.get(System.getProperty("java.home"), "bin", "java").toString()),
                "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"),
                UnitServiceApplication.class.getName(),
                "--spring.config.name=" + UnitServiceApplication.CONFIG_NAME,
                "--server.port=" + port));
        properties.forEach(property -> command.add("--" + property));
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile())).start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the unit service; its output is in " + output, e);
        }
        JsonApi api = new JsonApi(port);
        await().atMost(READY_DEADLINE).pollInterval(Duration.ofMillis(200)).ignoreExceptions()
                .failFast("the unit service exited; see " + output, () -> !process.isAlive())
                .until(() -> api.get("/api/outbox").status() == 200);
        return api;
    }

    /** SIGKILL: no shutdown hook, no graceful stop of the relay, nothing flushed. */
    void kill() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A graceful stop at the end of a test. */
    void stop() {
        if (process != null && process.isAlive()) {
            process.destroy();
            process.onExit().join();
        }
    }
}
