package vn.pdv.unit.alert.kafka;

import org.apache.kafka.clients.admin.NewTopic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.util.backoff.ExponentialBackOff;
import vn.pdv.schemas.Topics;
import vn.pdv.schemas.serde.NotWireFormatException;
import vn.pdv.schemas.serde.UndecodableAvroException;
import vn.pdv.schemas.serde.UnknownSchemaIdException;
import vn.pdv.unit.CommitteeProperties;

/**
 * Declares the committee's alerts topic and decides what a failed alert costs.
 *
 * <p>A record that cannot be deserialized (the value deserializer is wrapped in Spring's
 * {@code ErrorHandlingDeserializer}) or that names an impossible unit code will never succeed: it is logged with its
 * partition and offset and skipped, so one bad record cannot stop the inbox. There is no dead-letter topic for alerts:
 * the aggregator can raise an alert again, and the log line says where the bad bytes are. Any other failure (MongoDB or
 * the schema registry unreachable) is retried with back-off for as long as it lasts, holding the partition rather than
 * losing alerts.
 */
@Configuration(proxyBeanMethods = false)
class KafkaAlertConfiguration {

    private static final Logger log = LoggerFactory.getLogger(KafkaAlertConfiguration.class);

    /** The committee's own alerts topic; the only one its principal may read (schemas/README.md). */
    @Bean
    NewTopic alertsTopic(@Value("${pdv.topics.partitions}") int partitions, CommitteeProperties committee) {
        return TopicBuilder.name(Topics.alertsFor(committee.code())).partitions(partitions).build();
    }

    @Bean
    DefaultErrorHandler alertErrorHandler() {
        ExponentialBackOff backOff = new ExponentialBackOff(500, 2.0);
        backOff.setMaxInterval(30_000);
        DefaultErrorHandler handler = new DefaultErrorHandler((record, failure) ->
                log.warn("Skipped alert record {}-{}@{} (key {}), it can never be kept: {}", record.topic(), record.partition(),
                        record.offset(), record.key(), rootMessage(failure)), backOff);
        // Spring counts every deserialization failure as the record's fault. Those that are (not the wire format, not
        // Avro of a known schema, a schema id the registry never gave) stay skipped; a registry that does not answer
        // is retried like MongoDB being down, so an alert published during the outage is kept once it answers.
        handler.removeClassification(DeserializationException.class);
        handler.addNotRetryableExceptions(IllegalArgumentException.class, NotWireFormatException.class,
                UndecodableAvroException.class, UnknownSchemaIdException.class);
        return handler;
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
