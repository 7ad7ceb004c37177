package vn.pdv.aggregator.intake.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import vn.pdv.aggregator.Origin;
import vn.pdv.aggregator.intake.LogStatus;
import vn.pdv.aggregator.intake.Logs;

/** One document per committee log in {@code logs}. */
@Repository
class MongoLogs implements Logs {

    private static final String COLLECTION = "logs";

    private final MongoTemplate mongo;

    MongoLogs(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * {@code $max} moves the high-water mark forward only; the document as it was before tells whether
     * sequences were skipped. A repeat of the same event finds the mark already there and adds no gap.
     */
    @Override
    public void received(Origin origin, Instant recordedAt, Instant receivedAt) {
        Query query = Query.query(where("_id").is(origin.log().value()));
        Update update = new Update()
                .max("lastSequence", origin.sequence())
                .max("lastRecordedAt", recordedAt)
                .set("lastReceivedAt", receivedAt);
        LogDocument before = mongo.findAndModify(query, update,
                FindAndModifyOptions.options().upsert(true).returnNew(false), LogDocument.class, COLLECTION);
        long previous = before == null ? 0 : before.lastSequence();
        if (origin.sequence() > previous + 1) {
            mongo.updateFirst(query, new Update().push("gaps",
                    new LogStatus.Gap(previous + 1, origin.sequence() - 1)), COLLECTION);
        }
    }

    @Override
    public List<LogStatus> all() {
        return mongo.findAll(LogDocument.class, COLLECTION).stream()
                .map(log -> new LogStatus(log.log(), log.lastSequence(), log.lastRecordedAt(), log.lastReceivedAt(),
                        log.gaps() == null ? List.of() : log.gaps()))
                .toList();
    }

    record LogDocument(@Id String log, long lastSequence, Instant lastRecordedAt, Instant lastReceivedAt,
                       List<LogStatus.Gap> gaps) {
    }
}
