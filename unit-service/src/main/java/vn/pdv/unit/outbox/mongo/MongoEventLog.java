package vn.pdv.unit.outbox.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import vn.pdv.unit.organisation.UnitCode;
import vn.pdv.unit.outbox.EventLog;
import vn.pdv.unit.outbox.LoggedEvent;

/** The event log in the {@code event_log} collection, one document per event. */
@Repository
class MongoEventLog implements EventLog {

    private static final String COLLECTION = "event_log";

    private final MongoTemplate mongo;

    MongoEventLog(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(COLLECTION).createIndex(new Index()
                .on("unit", Sort.Direction.ASC).on("sequence", Sort.Direction.ASC)
                .unique().named("unit_sequence"));
    }

    @Override
    public boolean tryAppend(LoggedEvent event) {
        try {
            mongo.insert(event, COLLECTION);
            return true;
        } catch (DuplicateKeyException sequenceTaken) {
            return false;
        }
    }

    @Override
    public long lastSequence(UnitCode unit) {
        Query last = Query.query(where("unit").is(unit.value()))
                .with(Sort.by(Sort.Direction.DESC, "sequence")).limit(1);
        LoggedEvent event = mongo.findOne(last, LoggedEvent.class, COLLECTION);
        return event == null ? 0 : event.sequence();
    }

    @Override
    public List<LoggedEvent> after(UnitCode unit, long sequence, int limit) {
        return mongo.find(afterQuery(unit, sequence).with(Sort.by("sequence")).limit(limit),
                LoggedEvent.class, COLLECTION);
    }

    @Override
    public Optional<LoggedEvent> at(UnitCode unit, long sequence) {
        return Optional.ofNullable(mongo.findOne(
                Query.query(where("unit").is(unit.value()).and("sequence").is(sequence)),
                LoggedEvent.class, COLLECTION));
    }

    @Override
    public long countAfter(UnitCode unit, long sequence) {
        return mongo.count(afterQuery(unit, sequence), COLLECTION);
    }

    private static Query afterQuery(UnitCode unit, long sequence) {
        return Query.query(where("unit").is(unit.value()).and("sequence").gt(sequence));
    }
}
