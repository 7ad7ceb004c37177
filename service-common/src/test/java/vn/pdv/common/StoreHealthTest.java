package vn.pdv.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration;
import org.springframework.boot.mongodb.autoconfigure.health.MongoHealthContributorAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import vn.pdv.common.health.StoreHealthConfiguration;
import vn.pdv.common.health.StoreHealthIndicator;
import vn.pdv.stack.FreePorts;
import vn.pdv.stack.LocalMongo;

class StoreHealthTest {

    private static final LocalMongo EMBEDDED = LocalMongo.inMemory(FreePorts.any());

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(MongoAutoConfiguration.class, DataMongoAutoConfiguration.class,
                    StoreHealthConfiguration.class, MongoHealthContributorAutoConfiguration.class));

    @AfterAll
    static void stop() {
        EMBEDDED.close();
    }

    @Test
    void theEmbeddedStoreReadsUp() {
        context.withPropertyValues("spring.mongodb.uri=" + EMBEDDED.connectionString("health"))
                .run(started -> {
                    HealthIndicator store = started.getBean("mongoHealthIndicator", HealthIndicator.class);
                    assertThat(store).isInstanceOf(StoreHealthIndicator.class);
                    assertThat(store.health().getStatus()).isEqualTo(Status.UP);
                });
    }

    @Test
    void aStoreThatDoesNotAnswerReadsDown() {
        context.withPropertyValues("spring.mongodb.uri=mongodb://127.0.0.1:" + FreePorts.any()
                        + "/health?serverSelectionTimeoutMS=500&connectTimeoutMS=500")
                .run(started -> assertThat(started.getBean("mongoHealthIndicator", HealthIndicator.class)
                        .health().getStatus()).isEqualTo(Status.DOWN));
    }
}
