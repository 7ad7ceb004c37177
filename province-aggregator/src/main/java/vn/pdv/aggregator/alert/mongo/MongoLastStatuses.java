package vn.pdv.aggregator.alert.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import vn.pdv.aggregator.alert.LastStatus;
import vn.pdv.aggregator.alert.LastStatuses;
import vn.pdv.aggregator.alert.StatusKey;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.mongo.UnorderedBulk;
import vn.pdv.aggregator.quota.Metric;
import vn.pdv.aggregator.quota.Period;
import vn.pdv.aggregator.status.Status;

/**
 * Last statuses in {@code alert-statuses}, one document per unit, metric and period ({@link StatusKey#value()}).
 * A first judgement is an insert, which fails on the id if another instance got there first; a change is an update
 * matching the id and the version it was judged against, which matches nothing once someone else has moved it. A
 * check's statuses go in one unordered bulk, in which each of those fails or matches nothing on its own.
 */
@Repository
class MongoLastStatuses implements LastStatuses {

    static final String COLLECTION = "alert-statuses";

    private final MongoTemplate mongo;

    MongoLastStatuses(MongoTemplate mongo) {
        this.mongo = mongo;
        // Lets mongo-java-server find a change's document without scanning the collection: it uses an index only when
        // a filter names exactly that index's fields, as the compare-and-set on the version does (OncePerOrigin's guard).
        mongo.indexOps(COLLECTION).createIndex(new Index().on("_id", Sort.Direction.ASC)
                .on("version", Sort.Direction.ASC).unique().named("version"));
    }

    @Override
    public Map<StatusKey, LastStatus> all() {
        Map<StatusKey, LastStatus> all = new HashMap<>();
        for (StatusDocument document : mongo.findAll(StatusDocument.class, COLLECTION)) {
            all.put(document.key(), new LastStatus(document.status(), document.version(), document.since()));
        }
        return all;
    }

    @Override
    public int advanceAll(List<LastStatuses.Advance> advances) {
        if (advances.isEmpty()) {
            return 0;
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, COLLECTION);
        int inserts = 0;
        for (LastStatuses.Advance advance : advances) {
            StatusKey key = advance.key();
            LastStatus from = advance.from();
            if (from == null) {
                bulk.insert(new StatusDocument(key.value(), key.unit().value(), key.metric(), key.period().code(),
                        advance.to(), 1, advance.at(), key.target()));
                inserts++;
            } else {
                bulk.updateOne(Query.query(where("_id").is(key.value()).and("version").is(from.version())),
                        new Update().set("status", advance.to()).set("version", from.version() + 1)
                                .set("since", advance.at()));
            }
        }
        UnorderedBulk.Outcome written = UnorderedBulk.execute(bulk);
        return inserts - written.duplicates().size() + written.result().getModifiedCount();
    }

    /** @param target null for a quota's status, as in every document written before targets were watched */
    record StatusDocument(@Id String id, String unit, Metric metric, String period, Status status, long version,
                          Instant since, String target) {

        StatusKey key() {
            return new StatusKey(new UnitCode(unit), metric, Period.ofCode(period).orElseThrow(), target);
        }
    }
}
