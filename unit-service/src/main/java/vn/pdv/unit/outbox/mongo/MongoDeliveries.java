package vn.pdv.unit.outbox.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import vn.pdv.unit.organisation.UnitCode;
import vn.pdv.unit.outbox.Deliveries;

/** The delivery watermark, one document per committee in {@code outbox_deliveries}. */
@Repository
class MongoDeliveries implements Deliveries {

    private static final String COLLECTION = "outbox_deliveries";

    private final MongoTemplate mongo;

    MongoDeliveries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public long delivered(UnitCode unit) {
        return find(unit).map(Watermark::sequence).orElse(0L);
    }

    @Override
    public Optional<Instant> lastDeliveredAt(UnitCode unit) {
        return find(unit).map(Watermark::deliveredAt);
    }

    /** {@code $max} keeps the watermark from moving back, whatever order writes land in. */
    @Override
    public void markDelivered(UnitCode unit, long sequence, Instant at) {
        mongo.upsert(Query.query(where("_id").is(unit.value())),
                new Update().max("sequence", sequence).set("deliveredAt", at), COLLECTION);
    }

    private Optional<Watermark> find(UnitCode unit) {
        return Optional.ofNullable(mongo.findById(unit.value(), Watermark.class, COLLECTION));
    }

    record Watermark(@Id String unit, long sequence, Instant deliveredAt) {
    }
}
