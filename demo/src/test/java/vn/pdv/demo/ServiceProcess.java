package vn.pdv.demo;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import vn.pdv.aggregator.AggregatorApplication;
import vn.pdv.stack.ChildProcess;
import vn.pdv.stack.FreePorts;
import vn.pdv.stack.JsonApi;
import vn.pdv.stack.ServiceWiring;
import vn.pdv.unit.UnitServiceApplication;

/**
 * A service in a JVM of its own, started from this test's classpath as its main method would be, so that a test can
 * kill it outright ({@link Process#destroyForcibly()}, SIGKILL) and start it again on the same port, database and
 * consumer group. A process a test leaves running is stopped when the test's JVM exits ({@link ChildProcess}).
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
    private ChildProcess process;

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
        process = ChildProcess.start(name, command, environment -> {
        }, Path.of("").toAbsolutePath(), output);
        process.awaitReady(URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"), READY_DEADLINE);
        return new JsonApi(port).as(account);
    }

    /** SIGKILL: no shutdown hook, nothing flushed or committed on the way out, whatever write was under way cut off. */
    public void kill() {
        process.kill();
    }

    /** A graceful stop at the end of a test. */
    public void stop() {
        if (process != null) {
            process.close();
        }
    }
}
