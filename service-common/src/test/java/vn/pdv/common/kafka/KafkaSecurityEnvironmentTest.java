package vn.pdv.common.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class KafkaSecurityEnvironmentTest {

    @Test
    void saslScramFromTheChartsVariables() {
        Map<String, Object> properties = KafkaSecurityEnvironment.properties(Map.of(
                "pdv.kafka.security-protocol", "SASL_SSL", "pdv.kafka.sasl-mechanism", "SCRAM-SHA-512",
                "pdv.kafka.username", "pdv-unit-duk-01", "pdv.kafka.password", "p\"w",
                "pdv.kafka.truststore-location", "/etc/pdv/kafka-truststore/ca.p12",
                "pdv.kafka.truststore-password", "changeit")::get);

        assertThat(properties).containsEntry("spring.kafka.security.protocol", "SASL_SSL")
                .containsEntry("spring.kafka.properties.sasl.mechanism", "SCRAM-SHA-512")
                .containsEntry("spring.kafka.properties.sasl.jaas.config",
                        "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"pdv-unit-duk-01\" "
                                + "password=\"p\\\"w\";")
                .containsEntry("spring.kafka.properties.ssl.truststore.location", "/etc/pdv/kafka-truststore/ca.p12")
                .containsEntry("spring.kafka.properties.ssl.truststore.type", "PKCS12")
                .containsEntry("spring.kafka.properties.ssl.truststore.password", "changeit");
    }

    @Test
    void plaintextSetsNoSaslAndNothingSetsNothing() {
        assertThat(KafkaSecurityEnvironment.properties(Map.of("pdv.kafka.security-protocol", "PLAINTEXT",
                "pdv.kafka.truststore-location", "")::get))
                .containsOnlyKeys("spring.kafka.security.protocol");
        assertThat(KafkaSecurityEnvironment.properties(Map.<String, String>of()::get)).isEmpty();
    }
}
