package vn.pdv.benchmarks;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.pdv.stack.JsonApi;

/** Services started in this JVM with command-line arguments (which win over each service's own yml), closed in reverse order. */
final class Services implements AutoCloseable {

    private final List<ConfigurableApplicationContext> started = new ArrayList<>();

    ConfigurableApplicationContext start(SpringApplicationBuilder application, List<String> properties) {
        List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--spring.main.banner-mode=off"));
        properties.forEach(property -> arguments.add("--" + property));
        ConfigurableApplicationContext context = application.run(arguments.toArray(String[]::new));
        started.addFirst(context);
        return context;
    }

    static JsonApi api(ConfigurableApplicationContext context) {
        return new JsonApi(port(context));
    }

    static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    @Override
    public void close() {
        started.forEach(ConfigurableApplicationContext::close);
    }
}
