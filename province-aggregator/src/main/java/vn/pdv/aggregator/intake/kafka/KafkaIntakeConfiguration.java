package vn.pdv.aggregator.intake.kafka;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.kafka.autoconfigure.ConcurrentKafkaListenerContainerFactoryConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.FixedBackOff;
import vn.pdv.schemas.Topics;

/**
 * The intake's topics, its batch listener container and its dead letters: a record that cannot be deserialized or
 * is forged or refused goes to {@code pdv.unit-events.DLT}, its original bytes intact and the reason in header
 * {@value #REASON_HEADER} (a refusal's code also in {@value #REFUSAL_HEADER}; and Spring's {@code kafka_dlt-*}
 * headers), while the rest of its batch is applied.
 */
@Configuration(proxyBeanMethods = false)
class KafkaIntakeConfiguration {

    /** Why a record was dead-lettered, in one readable line, beside Spring's {@code kafka_dlt-exception-*} headers. */
    static final String REASON_HEADER = "pdv-dead-letter-reason";

    /**
     * For a record refused though readable (its signature, its key, its authority): the refusal's code alone, e.g.
     * {@code bad-signature}, for machines; {@value #REASON_HEADER} then reads {@code <code>: <detail>}.
     */
    static final String REFUSAL_HEADER = "pdv-refusal";

    static final String BATCH_FACTORY = "unitEventsContainerFactory";

    @Bean
    NewTopic unitEventsTopic(@Value("${pdv.topics.partitions}") int partitions) {
        return TopicBuilder.name(Topics.UNIT_EVENTS).partitions(partitions).build();
    }

    /** As many partitions as the source: dead letters keep the partition they came from. */
    @Bean
    NewTopic unitEventsDeadLetterTopic(@Value("${pdv.topics.partitions}") int partitions) {
        return TopicBuilder.name(Topics.UNIT_EVENTS_DLT).partitions(partitions).build();
    }

    /**
     * A poll at a time, so that the intake writes a batch in one bulk per collection. A failure that escapes the
     * listener is not a bad record (those are dead-lettered by the listener itself) but the store or the schema
     * registry being unreachable: the batch is retried until it goes through, never skipped, since every figure
     * depends on every event.
     */
    @Bean(BATCH_FACTORY)
    ConcurrentKafkaListenerContainerFactory<Object, Object> unitEventsContainerFactory(
            ConcurrentKafkaListenerContainerFactoryConfigurer configurer, ConsumerFactory<Object, Object> consumers) {
        var factory = new ConcurrentKafkaListenerContainerFactory<Object, Object>();
        configurer.configure(factory, consumers);
        factory.setBatchListener(true);
        factory.setCommonErrorHandler(new DefaultErrorHandler(new FixedBackOff(1_000, FixedBackOff.UNLIMITED_ATTEMPTS)));
        return factory;
    }

    @Bean
    DeadLetterPublishingRecoverer deadLetters(ProducerFactory<Object, Object> producers,
                                              KafkaTemplate<Object, Object> avro) {
        var bytesFactory = (DefaultKafkaProducerFactory<Object, Object>) producers;
        // Records that could not be deserialized are republished as the bytes they arrived as.
        KafkaTemplate<Object, Object> bytes = new KafkaTemplate<>(bytesFactory.copyWithConfigurationOverride(Map.of(
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class)));
        Map<Class<?>, KafkaOperations<?, ?>> templates = new LinkedHashMap<>();
        templates.put(byte[].class, bytes);
        templates.put(Object.class, avro);
        var recoverer = new DeadLetterPublishingRecoverer(templates,
                (record, failure) -> new TopicPartition(Topics.UNIT_EVENTS_DLT, record.partition()));
        recoverer.setHeadersFunction((record, failure) -> failure instanceof RefusedRecordException refused
                ? new RecordHeaders(new Header[] {
                        new RecordHeader(REASON_HEADER, refused.refusal().line().getBytes(StandardCharsets.UTF_8)),
                        new RecordHeader(REFUSAL_HEADER, refused.refusal().reason().code()
                                .getBytes(StandardCharsets.UTF_8))})
                : new RecordHeaders(new Header[] {
                        new RecordHeader(REASON_HEADER, reason(failure).getBytes(StandardCharsets.UTF_8))}));
        return recoverer;
    }

    /**
     * The innermost message, which is the one that says what was wrong (Spring's wrappers only say
     * "failed to deserialize" or "listener failed").
     */
    static String reason(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }
}
