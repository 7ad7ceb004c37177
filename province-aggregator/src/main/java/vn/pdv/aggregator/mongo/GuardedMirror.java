package vn.pdv.aggregator.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * An in-memory index of a collection written under {@link OncePerOrigin}'s guards, kept as current as MongoDB before
 * every read, so that reads are lookups in memory instead of scans that grow with all the data ever received. MongoDB
 * stays the only home of the data: the index is a cache, built from the collection on the first read and thrown away
 * with the process; several instances each keep their own and answer the same figures.
 *
 * <p>How it stays current without scanning: intake notes a batch's progress in {@code logs} (one small document per
 * committee log, its {@code sequence} the highest applied) only after every other document of the batch is written.
 * So before a read the mirror reads those few documents, and for each log that moved past the sequence it saw last,
 * reads only the documents whose guard ({@code log}, {@code sequence}) is of that log and beyond that sequence: those
 * are exactly the documents changed since, whichever instance changed them. A document read twice (written after the
 * {@code logs} read) is replaced by itself. Writes that carry no guard (staff's changes, plan imports) go through
 * {@link #staffWrote}: it counts a revision in {@code read-revisions}, and a mirror that finds the revision moved by
 * more than its own writes reads the whole collection again.
 *
 * <p>What this process writes itself it need not look for. Intake writes a guarded collection through its mirror
 * ({@link #applyAll}), which notes the documents, and then notes its logs' progress ({@link #noted}): how far the
 * batch took each log on from where it stood. At the next catch-up the mirror reads the noted documents by id and
 * counts each log seen up to where the batch took it, if it had seen that log up to where the batch took it on from;
 * it looks among the collection only for the logs that moved beyond (another instance's partitions). So a province's
 * live intake, a few events of every committee each second, costs a read of the documents it wrote, not a read of the
 * whole collection for every log that moved. Only the one mirror of a collection that writes it in this process does
 * this; where two write it (a test's two instances on one database template), neither does.
 *
 * <p>An event applied after its log's progress had passed it (a record kept waiting for a unit the province had not
 * heard of, taken in again once it has) leaves a guard behind what every mirror has seen of its log: no catch-up would
 * look for it. Such writes go through {@link #applyAllLate}, which counts them as a revision, as staff's writes.
 *
 * <p>Known limits: documents are never deleted (none of the guarded collections deletes). Each read costs a read of
 * {@code logs}: hundreds of documents for a province, thousands for the nation. Intake judges an event late by its
 * log's progress read before the batch: if a zombie consumer notes the same events in between, having kept one waiting
 * that this batch then writes in order, another instance that read the zombie's progress does not find that document
 * until it next reads the collection whole (a rebalance, a waiting record, and a registration at the same moment).
 */
public final class GuardedMirror {

    /** Intake's collection of committee logs, written last in every batch (see {@code intake/mongo/MongoLogs}). */
    private static final String LOGS = "logs";
    private static final String REVISIONS = "read-revisions";
    /**
     * When more logs than this moved since the last read (after a replay, a restart, a long quiet spell of readers), one
     * read of the whole collection costs less than a filter with a clause per log evaluated on every document.
     */
    private static final int WHOLE_READ_ABOVE = 16;
    /** The index on ({@code log}, {@code sequence}) that the catch-up's filter uses on MongoDB. */
    static final String CATCH_UP_INDEX = "catch-up";
    /**
     * Documents per reply when reading in bulk. Without it mongo-java-server answers a find with every document in one
     * reply, and the province's tallies (~60 MB) exceed the wire protocol's 48 MB: the read failed outright.
     */
    private static final int BATCH = 2_000;
    /** The current thread's {@link #oneReading}; null outside one. */
    private static final ThreadLocal<ReadingState> READING = new ThreadLocal<>();

    /**
     * What one reading has read so far: the mirrors caught up, and per database the logs' sequences, read once for all
     * its mirrors (a request reads five or more guarded collections; each would read {@code logs} again). Sharing them
     * is sound: every mirror still reads its documents after the {@code logs} it catches up from. Revisions are not
     * shared: a request may count one itself ({@link #staffWrote}) after another mirror read them.
     */
    private record ReadingState(Set<GuardedMirror> caughtUp, Map<MongoTemplate, Map<String, Long>> sequences) {

        ReadingState() {
            this(new HashSet<>(), new HashMap<>());
        }
    }

    /** What the mirror keeps up to date: an index of the collection's documents, replaced one by one by id. */
    public interface Index {

        /** Forgets everything, before the whole collection is read again. */
        void clear();

        /** The document as it now stands in the collection; replaces what was indexed under its {@code _id}. */
        void put(Document document);
    }

    private final MongoTemplate mongo;
    private final String collection;
    private final Index index;
    /** False for a collection only staff write ({@link #ofStaffWrites}): nothing to follow in {@code logs}. */
    private final boolean guarded;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    /** Each log's sequence as read before the collection was last brought up to date; null until first loaded. */
    private Map<String, Long> seen;
    private long revision;

    /**
     * Per database template, per collection, the mirror through which this process writes it under guards; a
     * collection written through two is not followed by its writes ({@link #written}). Held weakly: a test's
     * repositories and templates come and go.
     */
    private static final Map<MongoTemplate, Map<String, WeakReference<GuardedMirror>>> WRITERS = new WeakHashMap<>();
    /** How many written documents are remembered until the next catch-up; beyond, they are found as before. */
    private static final int WRITTEN_AT_MOST = 100_000;

    /**
     * How far a batch took one log: on from where the log stood before it ({@code from} is the next sequence) to
     * {@code upTo}. Not from the lowest sequence the batch carried: an event sent a second time may come beside new
     * ones, and what lies between may have been applied by another instance.
     */
    public record Noted(String log, long from, long upTo) {
    }

    /** Guards {@link #written}, {@link #notedSince} and {@link #lost}, which intake adds to outside the lock. */
    private final Object pending = new Object();
    /** The documents this process wrote through {@link #applyAll} since the last catch-up. */
    private Set<String> written = new HashSet<>();
    /** The logs' sequences intake noted since the last catch-up, in order. */
    private List<Noted> notedSince = new ArrayList<>();
    /** Written documents were forgotten (too many): nothing noted counts until the whole collection is read again. */
    private boolean lost;
    /** Whether another mirror in this process writes the same collection too. */
    private volatile boolean sharedWriting;

    public GuardedMirror(MongoTemplate mongo, String collection, Index index) {
        this(mongo, collection, index, true);
    }

    private GuardedMirror(MongoTemplate mongo, String collection, Index index, boolean guarded) {
        this.mongo = mongo;
        this.collection = collection;
        this.index = index;
        this.guarded = guarded;
        if (guarded) {
            // The catch-up's filter is a log and the sequences beyond one: a real MongoDB needs this index to answer it
            // without scanning the collection. mongo-java-server accepts and ignores it; it scans either way.
            mongo.indexOps(collection).createIndex(new org.springframework.data.mongodb.core.index.Index()
                    .on("log", Sort.Direction.ASC).on("sequence", Sort.Direction.ASC).named(CATCH_UP_INDEX));
            OncePerOrigin.dropGuardIndex(mongo, collection);
        }
    }

    /**
     * A mirror of a collection that intake never writes (plans, entered targets): every write goes through
     * {@link #staffWrote}, so catching up reads only the revision, never {@code logs}.
     */
    public static GuardedMirror ofStaffWrites(MongoTemplate mongo, String collection, Index index) {
        return new GuardedMirror(mongo, collection, index, false);
    }

    /**
     * {@link OncePerOrigin#applyAll} on this mirror's collection, noting the documents for the next catch-up to read
     * by id (see the class comment).
     */
    public <C> void applyAll(Map<String, List<C>> changes, Function<C, OncePerOrigin.Guard> guard,
                             OncePerOrigin.Fold<C> fold) {
        synchronized (WRITERS) {
            Map<String, WeakReference<GuardedMirror>> writers = WRITERS.computeIfAbsent(mongo, t -> new HashMap<>());
            GuardedMirror writer = writers.containsKey(collection) ? writers.get(collection).get() : null;
            if (writer == null) {
                writers.put(collection, new WeakReference<>(this));
            } else if (writer != this) {
                writer.sharedWriting = true;
                sharedWriting = true;
            }
        }
        OncePerOrigin.applyAll(mongo, collection, changes, guard, fold);
        synchronized (pending) {
            if (!lost) {
                written.addAll(changes.keySet());
                if (written.size() > WRITTEN_AT_MOST) {
                    lost = true;
                    written = new HashSet<>();
                    notedSince = new ArrayList<>();
                }
            }
        }
    }

    /**
     * {@link #applyAll} for events their logs' progress had already passed when they were applied (records kept waiting
     * for a unit when they first came, now taken in): their documents' guards are behind what any mirror has seen of
     * their logs, so no other instance's catch-up would find them. They are counted as a revision, as staff's writes
     * are ({@link #staffWrote}): this mirror reads them by id, every other reads the collection again.
     */
    public <C> void applyAllLate(Map<String, List<C>> changes, Function<C, OncePerOrigin.Guard> guard,
                                 OncePerOrigin.Fold<C> fold) {
        if (changes.isEmpty()) {
            return;
        }
        // Counted after the writes, so that another instance that sees the revision also sees what it stands for; not
        // counted when nothing was written (each event applied already: delivered again).
        if (OncePerOrigin.applyAll(mongo, collection, changes, guard, fold)) {
            staffWrote(changes.keySet());
        }
    }

    /**
     * Tells the mirrors that write through {@link #applyAll} on this template that intake has noted these logs'
     * sequences, every document of the batch being written: called after the logs' progress is written.
     */
    public static void noted(MongoTemplate mongo, List<Noted> logs) {
        List<GuardedMirror> writers = new ArrayList<>();
        synchronized (WRITERS) {
            WRITERS.getOrDefault(mongo, Map.of()).values().forEach(writer -> {
                if (writer.get() != null) {
                    writers.add(writer.get());
                }
            });
        }
        for (GuardedMirror writer : writers) {
            synchronized (writer.pending) {
                if (!writer.lost) {
                    writer.notedSince.addAll(logs);
                }
            }
        }
    }

    /** Brings the index up to date with the collection: at start-up, so that the first reader does not wait for it. */
    public void warm() {
        read(() -> null);
    }

    /** Work that reads, and may fail as a servlet filter's chain does. */
    @FunctionalInterface
    public interface Reading<T, E extends Exception> {
        T run() throws E;
    }

    /**
     * Runs {@code work} as one reading: each mirror catches up on its first read within it and answers every later read
     * within it from that same state, so a request that sums hundreds of subtrees pays one catch-up per collection and
     * its figures add up among themselves. Nested readings are part of the outer one.
     */
    public static <T, E extends Exception> T oneReading(Reading<T, E> work) throws E {
        if (READING.get() != null) {
            return work.run();
        }
        READING.set(new ReadingState());
        try {
            return work.run();
        } finally {
            READING.remove();
        }
    }

    /**
     * Brings the index up to date with the collection (once per {@link #oneReading}, or on every call outside one),
     * then answers the query from it.
     */
    public <T> T read(Supplier<T> query) {
        ReadingState reading = READING.get();
        lock.writeLock().lock();
        try {
            if (reading == null || reading.caughtUp().add(this)) {
                catchUp(reading);
            }
            lock.readLock().lock();
        } finally {
            lock.writeLock().unlock();
        }
        try {
            return query.get();
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * Says that this process wrote these documents without a guard, or behind their logs ({@link #applyAllLate}).
     * Counts a revision; when nobody else counted one since this mirror last looked, puts just these documents into
     * the index, otherwise the next read reads the whole collection again.
     */
    public void staffWrote(Collection<String> ids) {
        staffWrote(ids, () -> { });
    }

    /**
     * Like {@link #staffWrote(Collection)}, and {@code besides} tells the index, under the same lock, what else this
     * process wrote (in another collection the index reads whole after every revision of another process).
     */
    public void staffWrote(Collection<String> ids, Runnable besides) {
        lock.writeLock().lock();
        try {
            besides.run();
            Document counted = mongo.findAndModify(Query.query(where("_id").is(collection)),
                    new Update().inc("revision", 1L), FindAndModifyOptions.options().upsert(true).returnNew(true),
                    Document.class, REVISIONS);
            long now = counted == null ? 0 : ((Number) counted.get("revision")).longValue();
            if (seen != null && now == revision + 1) {
                revision = now;
                mongo.find(Query.query(where("_id").in(ids)), Document.class, collection).forEach(index::put);
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    private void catchUp(ReadingState reading) {
        Map<String, Long> now = !guarded ? Map.of() : reading == null ? sequences()
                : reading.sequences().computeIfAbsent(mongo, template -> sequences());
        long counted = currentRevision();
        Set<String> ownWrites;
        List<Noted> ownNotes;
        boolean forgotten;
        synchronized (pending) {
            ownWrites = written;
            ownNotes = notedSince;
            forgotten = lost;
            written = new HashSet<>();
            notedSince = new ArrayList<>();
            lost = false;
        }
        // Each log as far as this mirror will have it once it has read the documents this process wrote: as seen, or
        // further where this process's batches of that log took it on from there without a break.
        Map<String, Long> covered = seen == null ? Map.of() : new HashMap<>(seen);
        if (seen != null && !forgotten && !sharedWriting) {
            for (Noted noted : ownNotes) {
                long at = covered.getOrDefault(noted.log(), 0L);
                if (at >= noted.from() - 1 && noted.upTo() > at) {
                    covered.put(noted.log(), noted.upTo());
                }
            }
        }
        List<Criteria> moved = new ArrayList<>();
        if (seen != null) {
            now.forEach((log, sequence) -> {
                long before = covered.getOrDefault(log, 0L);
                if (sequence > before) {
                    moved.add(where("log").is(log).and("sequence").gt(before));
                }
            });
        }
        if (seen == null || counted != revision || forgotten || moved.size() > WHOLE_READ_ABOVE) {
            index.clear();
            // Streamed: the province's tallies are a hundred thousand documents, not to be held as a list first.
            try (Stream<Document> all = mongo.stream(new Query().cursorBatchSize(BATCH), Document.class, collection)) {
                all.forEach(index::put);
            }
        } else {
            if (!ownWrites.isEmpty()) {
                List<String> ids = List.copyOf(ownWrites);
                for (int from = 0; from < ids.size(); from += BATCH) {
                    Query byIds = Query.query(where("_id").in(ids.subList(from, Math.min(ids.size(), from + BATCH))));
                    mongo.find(byIds, Document.class, collection).forEach(index::put);
                }
            }
            if (!moved.isEmpty()) {
                Query changed = Query.query(moved.size() == 1 ? moved.getFirst()
                        : new Criteria().orOperator(moved.toArray(Criteria[]::new)));
                try (Stream<Document> found = mongo.stream(changed.cursorBatchSize(BATCH), Document.class, collection)) {
                    found.forEach(index::put);
                }
            }
        }
        if (seen != null) {
            // A reading's shared logs may be older than what another thread's reading brought this mirror up to.
            Map<String, Long> newest = new HashMap<>(covered);
            now.forEach((log, sequence) -> newest.merge(log, sequence, Math::max));
            now = newest;
        }
        seen = now;
        revision = counted;
    }

    private Map<String, Long> sequences() {
        Query query = new Query();
        query.fields().include("sequence");
        Map<String, Long> sequences = new HashMap<>();
        for (Document log : mongo.find(query, Document.class, LOGS)) {
            Object sequence = log.get("sequence");
            if (sequence instanceof Number number) {
                sequences.put(log.getString("_id"), number.longValue());
            }
        }
        return sequences;
    }

    private long currentRevision() {
        Document counted = mongo.findById(collection, Document.class, REVISIONS);
        return counted == null ? 0 : ((Number) counted.get("revision")).longValue();
    }
}
