package vn.pdv.aggregator.alert.kafka;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import vn.pdv.schemas.Topics;

/** Declares the alerts topic with the layout the unit services declare it with, whichever starts first. */
@Configuration(proxyBeanMethods = false)
class KafkaAlertConfiguration {

    @Bean
    NewTopic alertsTopic(@Value("${pdv.topics.partitions}") int partitions) {
        return TopicBuilder.name(Topics.ALERTS).partitions(partitions).build();
    }
}
