package vn.pdv.demo.outbox;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.pdv.stack.JsonApi;

/**
 * Starts services in this JVM the way their main methods would, with command-line arguments (which win over
 * each service's own yml, where builder properties would not), and closes them in reverse order.
 */
final class InJvmServices implements AutoCloseable {

    private final List<ConfigurableApplicationContext> started = new ArrayList<>();

    JsonApi start(SpringApplicationBuilder application, List<String> properties) {
        List<String> arguments = new ArrayList<>();
        arguments.add("--server.port=0");
        properties.forEach(property -> arguments.add("--" + property));
        ConfigurableApplicationContext context = application.run(arguments.toArray(String[]::new));
        started.addFirst(context);
        return new JsonApi(Integer.parseInt(context.getEnvironment().getProperty("local.server.port")));
    }

    @Override
    public void close() {
        started.forEach(ConfigurableApplicationContext::close);
    }
}
