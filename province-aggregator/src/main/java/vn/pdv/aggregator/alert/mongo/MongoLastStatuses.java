package vn.pdv.aggregator.alert.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import vn.pdv.aggregator.alert.LastStatus;
import vn.pdv.aggregator.alert.LastStatuses;
import vn.pdv.aggregator.alert.StatusKey;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.quota.Metric;
import vn.pdv.aggregator.quota.Period;
import vn.pdv.aggregator.status.Status;

/**
 * Last statuses in {@code alert-statuses}, one document per unit, metric and period ({@link StatusKey#value()}).
 * A first judgement is an insert, which fails on the id if another instance got there first; a change is an update
 * matching the id and the version it was judged against, which matches nothing once someone else has moved it.
 */
@Repository
class MongoLastStatuses implements LastStatuses {

    static final String COLLECTION = "alert-statuses";

    private final MongoTemplate mongo;

    MongoLastStatuses(MongoTemplate mongo) {
        this.mongo = mongo;
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
    public boolean advance(StatusKey key, LastStatus from, Status to, Instant at) {
        if (from == null) {
            try {
                mongo.insert(new StatusDocument(key.value(), key.unit().value(), key.metric(), key.period().code(), to,
                        1, at, key.target()), COLLECTION);
                return true;
            } catch (DuplicateKeyException recordedMeanwhile) {
                return false;
            }
        }
        Query unchanged = Query.query(where("_id").is(key.value()).and("version").is(from.version()));
        return mongo.updateFirst(unchanged, new Update().set("status", to).set("version", from.version() + 1)
                .set("since", at), COLLECTION).getModifiedCount() == 1;
    }

    /** @param target null for a quota's status, as in every document written before targets were watched */
    record StatusDocument(@Id String id, String unit, Metric metric, String period, Status status, long version,
                          Instant since, String target) {

        StatusKey key() {
            return new StatusKey(new UnitCode(unit), metric, Period.ofCode(period).orElseThrow(), target);
        }
    }
}
