package vn.pdv.unit.outbox.kafka;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import vn.pdv.schemas.Topics;

/** Declares the events topic, so that whichever service starts first creates it with the same layout. */
@Configuration(proxyBeanMethods = false)
class KafkaOutboxConfiguration {

    @Bean
    NewTopic unitEventsTopic(@Value("${pdv.topics.partitions}") int partitions) {
        return TopicBuilder.name(Topics.UNIT_EVENTS).partitions(partitions).build();
    }
}
