package vn.pdv.unit.outbox.mongo;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Projections.include;
import static com.mongodb.client.model.Sorts.descending;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.InsertManyOptions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.convert.MongoConverter;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Repository;
import vn.pdv.unit.classes.ClassHeld;
import vn.pdv.unit.decision.ActorId;
import vn.pdv.unit.organisation.UnitCode;
import vn.pdv.unit.organisation.UnitRegistered;
import vn.pdv.unit.outbox.EventId;
import vn.pdv.unit.outbox.EventLog;
import vn.pdv.unit.outbox.LoggedEvent;
import vn.pdv.unit.outbox.UnitEvent;
import vn.pdv.unit.pipeline.CandidateEvent;
import vn.pdv.unit.pipeline.StepRevised;
import vn.pdv.unit.quota.QuotaAssigned;
import vn.pdv.unit.review.SympathiserListReviewed;

/**
 * The event log in the {@code event_log} collection, one document per event, its {@code _id} made of the committee's
 * code and the sequence ({@code DUK-01:42}). The relay can so name every event it needs and fetch a batch with one
 * {@code _id $in} query: an index lookup per event on any MongoDB (mongo-java-server included, which uses no index for
 * a range), and a place not yet written is simply missing from the answer, never skipped over.
 *
 * <p>Documents are written and read through the driver; Spring Data's converter handles only the payload, which is
 * where the domain's many event types are. The payload is the capability's own event, its class named in the type
 * hint, not the log's wrapper around it: what is stored does not change with how the log sorts its events.
 */
@Repository
class MongoEventLog implements EventLog {

    /** Ids per {@code $in} query when reading a stretch of the log. */
    private static final int IN_LIST = 250;

    private static final String COLLECTION = "event_log";

    private final MongoCollection<Document> events;
    private final MongoConverter converter;

    MongoEventLog(MongoTemplate mongo) {
        this.events = mongo.getCollection(COLLECTION);
        this.converter = mongo.getConverter();
        mongo.indexOps(COLLECTION).createIndex(new Index()
                .on("unit", Sort.Direction.ASC).on("sequence", Sort.Direction.ASC)
                .unique().named("unit_sequence"));
    }

    @Override
    public int append(List<LoggedEvent> logged) {
        List<Document> documents = new ArrayList<>(logged.size());
        for (LoggedEvent event : logged) {
            documents.add(toDocument(event));
        }
        try {
            events.insertMany(documents, new InsertManyOptions().ordered(true));
            return documents.size();
        } catch (MongoBulkWriteException stopped) {
            // A write concern error comes without write errors: every document may have been written, or not.
            List<BulkWriteError> errors = stopped.getWriteErrors();
            if (!errors.isEmpty() && ErrorCategory.fromErrorCode(errors.getFirst().getCode()) == ErrorCategory.DUPLICATE_KEY) {
                return errors.getFirst().getIndex();
            }
            throw stopped;
        }
    }

    @Override
    public long lastSequence(UnitCode unit) {
        Document last = events.find(eq("unit", unit.value())).sort(descending("sequence"))
                .projection(include("sequence")).limit(1).first();
        return last == null ? 0 : last.getLong("sequence");
    }

    @Override
    public List<LoggedEvent> between(UnitCode unit, long first, long last) {
        if (last < first) {
            return List.of();
        }
        int count = Math.toIntExact(last - first + 1);
        List<String> ids = new ArrayList<>(count);
        for (long sequence = first; sequence <= last; sequence++) {
            ids.add(id(unit, sequence));
        }
        List<LoggedEvent> found = new ArrayList<>(count);
        // In lists of at most IN_LIST ids: the embedded server matches each document against the whole list, so one
        // list costs the square of its length; a real MongoDB answers either way from the _id index.
        for (int from = 0; from < count; from += IN_LIST) {
            List<String> some = ids.subList(from, Math.min(count, from + IN_LIST));
            for (Document document : events.find(in("_id", some)).batchSize(some.size())) {
                found.add(toEvent(document));
            }
        }
        found.sort(Comparator.comparingLong(LoggedEvent::sequence));
        int gapless = 0;
        while (gapless < found.size() && found.get(gapless).sequence() == first + gapless) {
            gapless++;
        }
        return found.subList(0, gapless);
    }

    @Override
    public Optional<LoggedEvent> at(UnitCode unit, long sequence) {
        return Optional.ofNullable(events.find(eq("_id", id(unit, sequence))).first()).map(this::toEvent);
    }

    private Document toDocument(LoggedEvent event) {
        Document payload = new Document();
        converter.write(event.payload().event(), payload);
        return new Document("_id", id(event.unit(), event.sequence()))
                .append("eventId", event.id().value())
                .append("unit", event.unit().value())
                .append("sequence", event.sequence())
                .append("occurredAt", Date.from(event.occurredAt()))
                .append("recordedAt", Date.from(event.recordedAt()))
                .append("recordedBy", event.recordedBy() == null ? null : event.recordedBy().value())
                .append("payload", payload);
    }

    private LoggedEvent toEvent(Document document) {
        return new LoggedEvent(new EventId(document.getString("eventId")), new UnitCode(document.getString("unit")),
                document.getLong("sequence"), document.getDate("occurredAt").toInstant(),
                document.getDate("recordedAt").toInstant(),
                document.getString("recordedBy") == null ? null : new ActorId(document.getString("recordedBy")),
                logged(converter.read(Object.class, document.get("payload", Document.class))));
    }

    /** The capability's event as the log records it; anything else was written by some other program. */
    private static UnitEvent logged(Object payload) {
        return switch (payload) {
            case UnitRegistered registered -> new UnitEvent.UnitChange(registered);
            case QuotaAssigned assigned -> new UnitEvent.QuotaChange(assigned);
            case CandidateEvent step -> new UnitEvent.CandidateStep(step);
            case StepRevised revised -> new UnitEvent.CandidateRevision(revised);
            case SympathiserListReviewed review -> new UnitEvent.ReviewChange(review);
            case ClassHeld held -> new UnitEvent.ClassChange(held);
            default -> throw new IllegalStateException(
                    COLLECTION + " holds a " + payload.getClass().getName() + ", which is no event of this service");
        };
    }

    private static String id(UnitCode unit, long sequence) {
        return unit.value() + ":" + sequence;
    }
}
