package vn.pdv.stack;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a PDV service under test at the shared {@link TestStack}: its Kafka, its schema registry, a MongoDB database
 * of the context's own, so contexts never see each other's documents, and its Keycloak as the issuer of the tokens
 * the service accepts ({@code pdv.oidc.issuer-uri}; tests get tokens from {@link Tokens}). A context still open at JVM
 * exit is closed before the stack stops ({@link TestStack#closeBeforeStopping}).
 */
public final class TestStackInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (String property : properties("test-" + UUID.randomUUID())) {
            int equals = property.indexOf('=');
            values.put(property.substring(0, equals), property.substring(equals + 1));
        }
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("pdv-test-stack", values));
        TestStack.closeBeforeStopping(context);
    }

    /** The properties that wire a service to the test stack, for services started without a test context. */
    public static List<String> properties(String database) {
        TestStack.startKeycloak();
        List<String> properties = new java.util.ArrayList<>(ServiceWiring.properties(TestStack.kafkaBootstrapServers(),
                TestStack.schemaRegistryUrl(), TestStack.mongoConnectionString(database)));
        properties.add(ServiceWiring.oidcIssuer(TestStack.keycloakIssuer()));
        // Keycloak and the service read this machine's one clock: a second of tolerance is plenty, and lets a test see
        // a two-second token expire within seconds rather than after the default minute.
        properties.add("pdv.oidc.clock-skew=PT1S");
        return List.copyOf(properties);
    }
}
