package vn.pdv.common.health;

import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * UP when the store answers a {@code ping}. Spring Boot's own indicator sends {@code hello}, which the embedded
 * mongo-java-server does not know, so it read DOWN there although the store worked; {@code ping} is answered by
 * every MongoDB server and by the embedded one. Details (the database's name) are shown only to those the
 * service's {@code management.endpoint.health.show-details} lets see them.
 */
public class StoreHealthIndicator extends AbstractHealthIndicator {

    private final MongoTemplate mongo;

    public StoreHealthIndicator(MongoTemplate mongo) {
        super("The store did not answer a ping");
        this.mongo = mongo;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        mongo.executeCommand(new Document("ping", 1));
        builder.up().withDetail("database", mongo.getDb().getName());
    }
}
