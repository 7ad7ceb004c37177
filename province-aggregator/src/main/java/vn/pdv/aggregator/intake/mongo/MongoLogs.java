package vn.pdv.aggregator.intake.mongo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.bson.Document;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import vn.pdv.aggregator.intake.LogProgress;
import vn.pdv.aggregator.intake.Logs;
import vn.pdv.aggregator.intake.Received;
import vn.pdv.aggregator.mongo.GuardedMirror;
import vn.pdv.aggregator.mongo.OncePerOrigin;
import vn.pdv.aggregator.mongo.OncePerOrigin.Guard;

/**
 * One document per committee log in {@code logs}, its guard's {@code sequence} the highest received. A batch's events
 * of one log become one write by {@link OncePerOrigin#applyAll}, whose fold sees the document as it was and so
 * which sequences were skipped. Written last in a batch; then the mirrors that wrote its documents are told which
 * sequences of which logs it held ({@link GuardedMirror#noted}).
 */
@Repository
class MongoLogs implements Logs {

    private static final String COLLECTION = "logs";

    private final MongoTemplate mongo;

    MongoLogs(MongoTemplate mongo) {
        this.mongo = mongo;
        OncePerOrigin.dropGuardIndex(mongo, COLLECTION);
    }

    @Override
    public void received(List<Received> batch) {
        Map<String, List<Received>> byLog = new LinkedHashMap<>();
        for (Received event : batch) {
            byLog.computeIfAbsent(event.origin().log().value(), log -> new ArrayList<>()).add(event);
        }
        // How far the batch took each log it moved: on from where the log stood, as read by the write that succeeded
        // (a write that collided is read and folded again), not from the batch's lowest sequence. A batch may carry an
        // event sent a second time (a relay's resend) beside new ones, and the sequences between were perhaps applied
        // by another instance (before a rebalance), whose documents this process's mirrors must still look for.
        Map<String, GuardedMirror.Noted> noted = new HashMap<>();
        OncePerOrigin.applyAll(mongo, COLLECTION, byLog,
                event -> new Guard(event.origin().log().value(), event.origin().sequence()), (current, fresh) -> {
            long previous = current == null ? 0 : ((Number) current.get("sequence")).longValue();
            String log = fresh.getFirst().origin().log().value();
            noted.put(log, new GuardedMirror.Noted(log, previous + 1, fresh.getLast().origin().sequence()));
            List<Document> gaps = new ArrayList<>();
            for (Received event : fresh) {
                long sequence = event.origin().sequence();
                if (sequence > previous + 1) {
                    gaps.add(new Document("from", previous + 1).append("to", sequence - 1));
                }
                previous = sequence;
            }
            Update update = new Update()
                    .max("lastRecordedAt", latest(fresh, Received::recordedAt))
                    .max("lastReceivedAt", latest(fresh, Received::receivedAt));
            if (!gaps.isEmpty()) {
                update.push("gaps").each(gaps.toArray());
            }
            return update;
        });
        GuardedMirror.noted(mongo, List.copyOf(noted.values()));
    }

    private static Instant latest(List<Received> events, Function<Received, Instant> when) {
        return events.stream().map(when).max(Comparator.naturalOrder()).orElseThrow();
    }

    @Override
    public List<LogProgress> all() {
        return mongo.findAll(LogDocument.class, COLLECTION).stream().map(LogDocument::progress).toList();
    }

    @Override
    public List<LogProgress> of(Collection<String> logs) {
        return mongo.find(Query.query(Criteria.where("_id").in(logs)), LogDocument.class, COLLECTION).stream()
                .map(LogDocument::progress).toList();
    }

    record LogDocument(@Id String log, long sequence, Instant lastRecordedAt, Instant lastReceivedAt,
                       List<LogProgress.Gap> gaps) {

        LogProgress progress() {
            return new LogProgress(log, sequence, lastRecordedAt, lastReceivedAt, gaps == null ? List.of() : gaps);
        }
    }
}
