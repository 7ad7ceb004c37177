package vn.pdv.stack;

import java.util.ArrayList;
import java.util.List;

/** The connection settings every PDV service takes, as Spring properties ({@code key=value}), and how to start one. */
public final class ServiceWiring {

    /** The OpenID Connect issuer whose tokens a service accepts, e.g. {@code http://127.0.0.1:8090/realms/pdv}. */
    public static final String OIDC_ISSUER_URI = "pdv.oidc.issuer-uri";

    /** Sign with (unit service) and trust (aggregator) the local stack's well-known committee keys. */
    public static final String LOCAL_STACK_KEYS = "pdv.signing.local-stack";

    private ServiceWiring() {
    }

    /**
     * Where the stack is, and {@value #LOCAL_STACK_KEYS}: a unit service signs its events with its committee's
     * local-stack key and the aggregator trusts those keys ({@code vn.pdv.schemas.signing.LocalStackKeys}), which no
     * deployment does.
     */
    public static List<String> properties(String kafkaBootstrapServers, String schemaRegistryUrl, String mongoUri) {
        return List.of(
                "spring.kafka.bootstrap-servers=" + kafkaBootstrapServers,
                "pdv.schema-registry.url=" + schemaRegistryUrl,
                "spring.mongodb.uri=" + mongoUri,
                LOCAL_STACK_KEYS + "=true");
    }

    /**
     * The command that runs a service in a JVM of its own, on this JVM's Java and class path: {@code java
     * <jvmOptions> -cp … <mainClass> --spring.config.name=<configName> --server.port=<port> --<property>…}.
     *
     * @param properties Spring properties as {@code key=value}, e.g. {@link #properties}
     */
    public static List<String> javaCommand(List<String> jvmOptions, String mainClass, String configName, int port,
                                           List<String> properties) {
        List<String> command = new ArrayList<>();
        command.add(ChildProcess.javaOfThisJvm());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass,
                "--spring.config.name=" + configName, "--server.port=" + port));
        properties.forEach(property -> command.add("--" + property));
        return command;
    }

    /** The property line {@value #OIDC_ISSUER_URI}{@code =issuerUri}. */
    public static String oidcIssuer(String issuerUri) {
        return OIDC_ISSUER_URI + "=" + issuerUri;
    }
}
