package vn.pdv.aggregator.intake.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.bson.Document;
import org.bson.types.Binary;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.intake.Waiting;
import vn.pdv.aggregator.intake.Waiting.Kept;

/**
 * Waiting events in {@code waiting-events}, one document per event ({@code _id} its {@code log|sequence}), the
 * record's bytes as {@link Binary}. Keeping replaces, so a redelivered batch keeps each event once.
 */
@Repository
class MongoWaiting implements Waiting {

    private static final String COLLECTION = "waiting-events";

    private final MongoTemplate mongo;

    MongoWaiting(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void keep(List<Kept> events) {
        if (events.isEmpty()) {
            return;
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, COLLECTION);
        for (Kept event : events) {
            bulk.replaceOne(Query.query(where("_id").is(event.summary().id())), document(event),
                    FindAndReplaceOptions.options().upsert());
        }
        bulk.execute();
    }

    @Override
    public List<Kept.Summary> summaries() {
        Query summariesOnly = new Query();
        summariesOnly.fields().include("log", "sequence", "waitingFor");
        return mongo.find(summariesOnly, Document.class, COLLECTION).stream().map(MongoWaiting::summary).toList();
    }

    @Override
    public List<Kept> read(Collection<String> ids) {
        return mongo.find(Query.query(where("_id").in(ids)), Document.class, COLLECTION).stream()
                .map(MongoWaiting::kept).toList();
    }

    @Override
    public void forget(Collection<String> ids) {
        if (!ids.isEmpty()) {
            mongo.remove(Query.query(where("_id").in(ids)), COLLECTION);
        }
    }

    private static Document document(Kept event) {
        List<Document> headers = new ArrayList<>();
        event.headers().forEach(header -> headers.add(new Document("name", header.name())
                .append("value", header.value() == null ? null : new Binary(header.value()))));
        Kept.Summary summary = event.summary();
        return new Document("_id", summary.id()).append("log", summary.log().value())
                .append("sequence", summary.sequence()).append("waitingFor", summary.waitingFor().value())
                .append("topic", event.topic()).append("partition", event.partition())
                .append("offset", event.offset()).append("timestamp", event.timestamp())
                .append("key", event.key()).append("value", new Binary(event.value())).append("headers", headers);
    }

    private static Kept.Summary summary(Document document) {
        return new Kept.Summary(document.getString("_id"), new UnitCode(document.getString("log")),
                ((Number) document.get("sequence")).longValue(), new UnitCode(document.getString("waitingFor")));
    }

    private static Kept kept(Document document) {
        List<Kept.Header> headers = new ArrayList<>();
        for (Document header : document.getList("headers", Document.class)) {
            Binary value = header.get("value", Binary.class);
            headers.add(new Kept.Header(header.getString("name"), value == null ? null : value.getData()));
        }
        return new Kept(summary(document), document.getString("topic"), document.getInteger("partition"),
                ((Number) document.get("offset")).longValue(), ((Number) document.get("timestamp")).longValue(),
                document.getString("key"), document.get("value", Binary.class).getData(), headers);
    }
}
