package vn.pdv.stack;

import java.util.List;

/** The connection settings every PDV service takes, as Spring properties ({@code key=value}). */
public final class ServiceWiring {

    private ServiceWiring() {
    }

    public static List<String> properties(String kafkaBootstrapServers, String schemaRegistryUrl, String mongoUri) {
        return List.of(
                "spring.kafka.bootstrap-servers=" + kafkaBootstrapServers,
                "pdv.schema-registry.url=" + schemaRegistryUrl,
                "spring.mongodb.uri=" + mongoUri);
    }
}
