package vn.pdv.demo;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import vn.pdv.aggregator.AggregatorApplication;
import vn.pdv.stack.FreePorts;
import vn.pdv.stack.JsonApi;
import vn.pdv.stack.ServiceWiring;
import vn.pdv.unit.UnitServiceApplication;

/**
 * A service in a JVM of its own, started from this test's classpath as its main method would be, so that a test can
 * kill it outright ({@link Process#destroyForcibly()}, SIGKILL) and start it again on the same port, database and
 * consumer group.
 */
public final class ServiceProcess {

    private static final Duration READY_DEADLINE = Duration.ofSeconds(90);

    private final String name;
    private final Class<?> main;
    private final String configName;
    private final String account;
    private final List<String> properties;
    private final Path output;
    private final int port = FreePorts.any();
    private Process process;

    private ServiceProcess(String name, Class<?> main, String configName, String account, List<String> properties,
                           Path output) {
        this.name = name;
        this.main = main;
        this.configName = configName;
        this.account = account;
        this.properties = properties;
        this.output = output;
    }

    /** A unit service, called as {@code account} (a demo account of its committee). */
    public static ServiceProcess unitService(List<String> properties, Path output, String account) {
        return new ServiceProcess("the unit service", UnitServiceApplication.class, UnitServiceApplication.CONFIG_NAME,
                account, properties, output);
    }

    /** The aggregator, called as the province administrator. */
    public static ServiceProcess aggregator(List<String> properties, Path output) {
        return new ServiceProcess("the aggregator", AggregatorApplication.class, AggregatorApplication.CONFIG_NAME,
                "province.admin", properties, output);
    }

    /** Starts the service and returns, once it is ready, a client that calls it as the process's account. */
    public JsonApi start() {
        List<String> command = ServiceWiring.javaCommand(
                List.of("-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"), main.getName(), configName, port,
                properties);
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile())).start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + name + "; its output is in " + output, e);
        }
        JsonApi probe = new JsonApi(port);
        await().atMost(READY_DEADLINE).pollInterval(Duration.ofMillis(200)).ignoreExceptions()
                .failFast(name + " exited; see " + output, () -> !process.isAlive())
                .until(() -> probe.get("/actuator/health/readiness").status() == 200);
        return probe.as(account);
    }

    /** SIGKILL: no shutdown hook, nothing flushed or committed on the way out, whatever write was under way cut off. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A graceful stop at the end of a test. */
    public void stop() {
        if (process != null && process.isAlive()) {
            process.destroy();
            process.onExit().join();
        }
    }
}
