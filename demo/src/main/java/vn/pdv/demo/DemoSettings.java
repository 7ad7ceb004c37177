package vn.pdv.demo;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * The demo's settings, each from a system property ({@code -Dpdv.demo.kafka-port=…}) or an environment
 * variable ({@code PDV_KAFKA_PORT}), else its default.
 *
 * @param mongoUri a real MongoDB to use instead of the embedded one, when given
 * @param tick how often the simulation moves on by {@code daysPerTick} simulated days
 * @param dataSet a generated data set to start on besides the scenario: {@code province}, or none
 */
record DemoSettings(Path dataDir, int kafkaPort, int schemaRegistryPort, int mongoPort, Optional<String> mongoUri,
                    int keycloakPort, int aggregatorPort, int firstUnitPort, Duration tick, int daysPerTick,
                    Optional<String> dataSet) {

    static DemoSettings fromEnvironment() {
        return new DemoSettings(
                Path.of(setting("data-dir", "PDV_DATA_DIR", "data")),
                Integer.parseInt(setting("kafka-port", "PDV_KAFKA_PORT", "9092")),
                Integer.parseInt(setting("schema-registry-port", "PDV_SCHEMA_REGISTRY_PORT", "8081")),
                Integer.parseInt(setting("mongo-port", "PDV_MONGO_PORT", "27017")),
                Optional.ofNullable(setting("mongodb-uri", "PDV_MONGODB_URI", null)),
                Integer.parseInt(setting("keycloak-port", "PDV_KEYCLOAK_PORT", "8090")),
                Integer.parseInt(setting("aggregator-port", "PDV_AGGREGATOR_PORT", "8080")),
                Integer.parseInt(setting("first-unit-port", "PDV_FIRST_UNIT_PORT", "8181")),
                Duration.parse(setting("tick", "PDV_DEMO_TICK", "PT1S")),
                Integer.parseInt(setting("days-per-tick", "PDV_DEMO_DAYS_PER_TICK", "2")),
                Optional.ofNullable(setting("dataset", "PDV_DEMO_DATASET", null)));
    }

    private static String setting(String property, String environment, String fallback) {
        String value = System.getProperty("pdv.demo." + property);
        if (value == null) {
            value = System.getenv(environment);
        }
        return value == null || value.isBlank() ? fallback : value;
    }
}
