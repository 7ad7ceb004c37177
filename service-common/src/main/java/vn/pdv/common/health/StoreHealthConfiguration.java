package vn.pdv.common.health;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Registers {@link StoreHealthIndicator} under the name Spring Boot's MongoDB indicator would take, so Boot's
 * {@code hello}-based one steps aside; the store's health counts towards readiness (see each service's YAML).
 */
@AutoConfiguration(afterName = "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration",
        beforeName = "org.springframework.boot.mongodb.autoconfigure.health.MongoHealthContributorAutoConfiguration")
@ConditionalOnBean(MongoTemplate.class)
public class StoreHealthConfiguration {

    @Bean
    StoreHealthIndicator mongoHealthIndicator(MongoTemplate mongo) {
        return new StoreHealthIndicator(mongo);
    }
}
