package vn.pdv.aggregator.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import com.mongodb.bulk.BulkWriteError;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.bson.Document;
import org.springframework.dao.DataAccessException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.IndexOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * How every effect of an event is applied at most once, without transactions. A document remembers the last
 * event applied to it in {@code log} and {@code sequence} (its {@link Guard}); events of one log arrive in order (one
 * Kafka partition), so a document holds exactly its log's events up to that sequence, and "higher" means "not yet
 * applied". The guard is the event's origin as the store keeps it, so this package needs no domain type.
 *
 * <p>A document several logs write (a candidate transferred, or whose branch was reorganised into another committee's
 * log; a unit's quota assigned by the province and then by its district) also remembers each log's last event applied,
 * in {@code guards}, sorted by log. Without it, an event of the first log delivered again after the second log's had
 * been applied would count as new: a rebalance's redelivery would set the candidate's stage, or the quota, back.
 *
 * <p>{@link #applyAll} applies a batch ({@link #upsert} a batch of one): it reads the documents' guards in one query, folds each
 * document's unapplied events into one update, and writes all of them in one unordered bulk, each a
 * compare-and-set on the guard it read. A document another writer moved meanwhile (a zombie consumer during a
 * rebalance, a redelivered batch cut at other boundaries) fails only its own write, with a duplicate key; those are
 * read again and re-folded, so nothing is applied twice or lost, whatever the batch boundaries.
 */
public final class OncePerOrigin {

    private static final int ROUNDS = 20;
    /** Each log's last event applied, on a document more than one log wrote. */
    private static final String GUARDS = "guards";

    private OncePerOrigin() {
    }

    /** An event's origin as a guard: the committee log's code and the event's place in it. */
    public record Guard(String log, long sequence) {
    }

    /** The unique index on ({@code _id}, {@code log}, {@code sequence}) earlier versions kept on each guarded collection. */
    private static final String GUARD_INDEX = "guard";

    /**
     * Drops the index earlier versions kept so that mongo-java-server would find a document by the compare-and-set
     * filter of {@link #applyAll} without scanning. MongoDB finds it by {@code _id}, as the local stack's server now
     * does too; the index only made every write change its entry as well.
     */
    public static void dropGuardIndex(MongoTemplate mongo, String collection) {
        IndexOperations indexes = mongo.indexOps(collection);
        if (hasGuardIndex(indexes)) {
            try {
                indexes.dropIndex(GUARD_INDEX);
            } catch (DataAccessException e) {
                if (hasGuardIndex(indexes)) {
                    throw e;
                }
                // Another instance starting at the same time dropped it first.
            }
        }
    }

    private static boolean hasGuardIndex(IndexOperations indexes) {
        return indexes.getIndexInfo().stream().anyMatch(index -> index.getName().equals(GUARD_INDEX));
    }

    /** Applies one event's update to one document, at most once: {@link #applyAll} with a batch of one. */
    public static void upsert(MongoTemplate mongo, String collection, String id, Guard guard, Update update) {
        applyAll(mongo, collection, Map.of(id, List.of(guard)), Function.identity(), (current, fresh) -> update);
    }

    /** How a batch's unapplied events change one document. */
    @FunctionalInterface
    public interface Fold<C> {

        /**
         * @param current the document as read, null when there is none yet
         * @param fresh   the events not yet applied to it, in log order, never empty
         * @return the update; the guard is set to the last of {@code fresh} on top of it
         */
        Update update(Document current, List<C> fresh);
    }

    /**
     * Applies each document's events, given in the order their logs produced them, at most once each.
     *
     * @param changes by document id; an id's events may come from several logs (a candidate moved between
     *                committees), each applied once, in the order given
     * @return whether any document was written: false when every event was applied already
     */
    public static <C> boolean applyAll(MongoTemplate mongo, String collection, Map<String, List<C>> changes,
                                       Function<C, Guard> guard, Fold<C> fold) {
        boolean wrote = false;
        Map<String, List<C>> pending = changes;
        for (int round = 1; round <= ROUNDS && !pending.isEmpty(); round++) {
            Map<String, Document> current = new HashMap<>();
            Query byIds = Query.query(where("_id").in(pending.keySet()));
            for (Document document : mongo.find(byIds, Document.class, collection)) {
                current.put(document.getString("_id"), document);
            }
            List<String> written = new ArrayList<>();
            BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, collection);
            pending.forEach((id, events) -> {
                Document document = current.get(id);
                Map<String, Long> applied = applied(document);
                List<C> fresh = unapplied(applied, events, guard);
                if (!fresh.isEmpty()) {
                    Update update = fold.update(document, fresh);
                    Guard last = guard.apply(fresh.getLast());
                    update.set("log", last.log()).set("sequence", last.sequence());
                    if (applied.size() > 1) {
                        update.set(GUARDS, applied.entrySet().stream()
                                .map(log -> new Document("log", log.getKey()).append("sequence", log.getValue()))
                                .toList());
                    }
                    bulk.upsert(asRead(id, document), update);
                    written.add(id);
                }
            });
            if (written.isEmpty()) {
                return wrote;
            }
            wrote = true;
            pending = conflicts(bulk, written, pending);
        }
        if (!pending.isEmpty()) {
            throw new IllegalStateException("Documents " + pending.keySet() + " in " + collection
                    + " kept changing under this writer; the batch will be redelivered");
        }
        return wrote;
    }

    /**
     * Each log's last event applied to the document, sorted by log: from {@code guards} where several logs wrote it,
     * else its one guard; empty when there is no document.
     */
    private static Map<String, Long> applied(Document document) {
        Map<String, Long> applied = new TreeMap<>();
        if (document == null) {
            return applied;
        }
        List<Document> guards = document.getList(GUARDS, Document.class);
        if (guards != null) {
            guards.forEach(log -> applied.put(log.getString("log"), ((Number) log.get("sequence")).longValue()));
        }
        applied.put(document.getString("log"), ((Number) document.get("sequence")).longValue());
        return applied;
    }

    /** The events not yet applied: each later in its log than that log's last applied; {@code applied} moves on. */
    private static <C> List<C> unapplied(Map<String, Long> applied, List<C> events, Function<C, Guard> guard) {
        List<C> fresh = new ArrayList<>();
        for (C event : events) {
            Guard at = guard.apply(event);
            if (at.sequence() > applied.getOrDefault(at.log(), 0L)) {
                fresh.add(event);
                applied.put(at.log(), at.sequence());
            }
        }
        return fresh;
    }

    /**
     * The document exactly as read: its id and guard, null for both when it did not exist (null matches a missing
     * field). Plain equalities, so that the upsert's insert of a document someone else wrote meanwhile collides.
     */
    private static Query asRead(String id, Document document) {
        return Query.query(where("_id").is(id)
                .and("log").is(document == null ? null : document.getString("log"))
                .and("sequence").is(document == null ? null : document.get("sequence")));
    }

    /** Runs the bulk; returns the events of the documents whose guard had moved, to be read and folded again. */
    private static <C> Map<String, List<C>> conflicts(BulkOperations bulk, List<String> written,
                                                      Map<String, List<C>> pending) {
        List<BulkWriteError> duplicates = UnorderedBulk.execute(bulk).duplicates();
        Map<String, List<C>> again = new LinkedHashMap<>();
        for (BulkWriteError error : duplicates) {
            String id = written.get(error.getIndex());
            again.put(id, pending.get(id));
        }
        return again;
    }
}
