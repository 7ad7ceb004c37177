package vn.pdv.common.kafka;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Turns the charts' Kafka settings into the Kafka clients' own, for every producer, consumer and admin client of the
 * service, and only those given (an empty truststore location would make the client look for a file named ""):
 *
 * <table>
 *   <tr><th>setting (environment)</th><th>becomes</th></tr>
 *   <tr><td>{@code pdv.kafka.security-protocol} ({@code PDV_KAFKA_SECURITY_PROTOCOL})</td>
 *       <td>{@code spring.kafka.security.protocol}: PLAINTEXT, SASL_PLAINTEXT, SASL_SSL, SSL</td></tr>
 *   <tr><td>{@code pdv.kafka.sasl-mechanism} ({@code PDV_KAFKA_SASL_MECHANISM})</td>
 *       <td>{@code sasl.mechanism}, default SCRAM-SHA-512 under SASL_*</td></tr>
 *   <tr><td>{@code pdv.kafka.username}, {@code pdv.kafka.password} ({@code PDV_KAFKA_USERNAME},
 *       {@code PDV_KAFKA_PASSWORD})</td><td>{@code sasl.jaas.config} with SCRAM's (or PLAIN's) login module</td></tr>
 *   <tr><td>{@code pdv.kafka.truststore-location}, {@code pdv.kafka.truststore-password}
 *       ({@code PDV_KAFKA_TRUSTSTORE_LOCATION}, {@code PDV_KAFKA_TRUSTSTORE_PASSWORD})</td>
 *       <td>{@code ssl.truststore.*}, PKCS12 for a {@code .p12} file</td></tr>
 * </table>
 *
 * <p>The lowest precedence, so an explicit {@code spring.kafka.*} setting still wins. The password goes into the
 * client configuration only, which Kafka logs with passwords hidden.
 */
public final class KafkaSecurityEnvironment implements EnvironmentPostProcessor, Ordered {

    static final String SOURCE = "pdv-kafka-security";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> properties = properties(environment::getProperty);
        if (!properties.isEmpty()) {
            environment.getPropertySources().addLast(new MapPropertySource(SOURCE, properties));
        }
    }

    /** The Kafka client settings these values ask for; empty when none is given. */
    static Map<String, Object> properties(java.util.function.Function<String, String> settings) {
        Map<String, Object> properties = new LinkedHashMap<>();
        String protocol = given(settings.apply("pdv.kafka.security-protocol"));
        if (protocol == null) {
            return properties;
        }
        protocol = protocol.toUpperCase(Locale.ROOT);
        properties.put("spring.kafka.security.protocol", protocol);
        if (protocol.startsWith("SASL_")) {
            String mechanism = given(settings.apply("pdv.kafka.sasl-mechanism"));
            mechanism = mechanism == null ? "SCRAM-SHA-512" : mechanism.toUpperCase(Locale.ROOT);
            properties.put("spring.kafka.properties.sasl.mechanism", mechanism);
            String username = given(settings.apply("pdv.kafka.username"));
            if (username != null) {
                String module = mechanism.equals("PLAIN") ? "org.apache.kafka.common.security.plain.PlainLoginModule"
                        : "org.apache.kafka.common.security.scram.ScramLoginModule";
                String password = settings.apply("pdv.kafka.password");
                properties.put("spring.kafka.properties.sasl.jaas.config", module + " required username=\""
                        + quoted(username) + "\" password=\"" + quoted(password == null ? "" : password) + "\";");
            }
        }
        String truststore = given(settings.apply("pdv.kafka.truststore-location"));
        if (truststore != null) {
            properties.put("spring.kafka.properties.ssl.truststore.location", truststore);
            properties.put("spring.kafka.properties.ssl.truststore.type",
                    truststore.toLowerCase(Locale.ROOT).endsWith(".p12") ? "PKCS12" : "JKS");
            String password = given(settings.apply("pdv.kafka.truststore-password"));
            if (password != null) {
                properties.put("spring.kafka.properties.ssl.truststore.password", password);
            }
        }
        return properties;
    }

    private static String given(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** JAAS reads a quoted value with backslash escapes. */
    private static String quoted(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
