package vn.pdv.stack;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * PDV services started in this JVM (the demo, cross-service tests, benchmarks), closed in reverse order.
 *
 * <p>Properties are passed as command-line arguments: a builder's own properties are only defaults, which
 * each service's yml would override. Without a {@code server.port} the service takes a free port.
 */
public final class InProcessServices implements AutoCloseable {

    private final List<ConfigurableApplicationContext> started = new ArrayList<>();

    public ConfigurableApplicationContext start(SpringApplicationBuilder application, List<String> properties) {
        List<String> arguments = new ArrayList<>(List.of("--spring.main.banner-mode=off"));
        if (properties.stream().noneMatch(property -> property.startsWith("server.port="))) {
            arguments.add("--server.port=0");
        }
        properties.forEach(property -> arguments.add("--" + property));
        ConfigurableApplicationContext context = application.registerShutdownHook(false)
                .run(arguments.toArray(String[]::new));
        started.addFirst(context);
        return context;
    }

    public static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    public static JsonApi api(ConfigurableApplicationContext context) {
        return new JsonApi(port(context));
    }

    @Override
    public void close() {
        started.forEach(ConfigurableApplicationContext::close);
        started.clear();
    }
}
