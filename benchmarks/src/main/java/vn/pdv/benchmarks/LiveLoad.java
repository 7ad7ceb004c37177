package vn.pdv.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import vn.pdv.dataset.Entry;
import vn.pdv.dataset.EventId;
import vn.pdv.dataset.kafka.TopicWriter;
import vn.pdv.dataset.organisation.UnitCode;
import vn.pdv.dataset.pipeline.CandidateId;
import vn.pdv.dataset.pipeline.Step;
import vn.pdv.stack.JsonApi;

/**
 * A live load on a loaded province (issue 16's "live" target): events written onto the topic at a steady rate, as the
 * committees' relays would publish them, while the province's progress is read back to back; an event's latency runs
 * from just before it is written to the first answer of {@code GET /api/progress/<province>/<year>} that counts it.
 *
 * <p>The latency is taken on markers: new sources, {@value #MARKERS_PER_SECOND} a second, all in the busiest
 * committee's log, so that they are applied in order and the k-th is counted once the province's sources have grown by
 * k. The rest of the load is spread over every other committee that recorded in the new tree: sympathisers added at
 * their branches, which move no source count but cost intake what any step costs (the candidate's stage, its agenda
 * entry, a tally). Each log goes on from its last sequence, on its last day, as its committee would record next.
 */
final class LiveLoad {

    static final int MARKERS_PER_SECOND = 10;
    private static final Duration TICK = Duration.ofMillis(50);
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final TopicWriter writer;
    private final JsonApi aggregator;
    private final String progress;
    private final Log markers;
    private final List<Log> others;
    private final SplittableRandom ids;
    private int turn;

    /**
     * @param observed   what the entries already written showed of each log
     * @param aggregator the aggregator, as the province's administrator
     */
    LiveLoad(TopicWriter writer, Observed observed, JsonApi aggregator, String province, long seed) {
        this.writer = writer;
        this.aggregator = aggregator;
        this.ids = new SplittableRandom(seed);
        List<Log> logs = new ArrayList<>();
        observed.lastSources.forEach((log, step) -> logs.add(new Log(log, observed.lastSequences.get(log), step)));
        logs.sort(Comparator.comparingLong((Log log) -> observed.steps.get(log.code)).reversed());
        this.markers = logs.getFirst();
        this.others = logs.subList(1, logs.size());
        this.progress = "/api/progress/" + province + "/" + markers.day.getYear();
    }

    /** The read the markers are watched through. */
    String progress() {
        return progress;
    }

    /**
     * Writes {@code perSecond} events a second for {@code lasting}, then waits (at most {@code settleWithin}) until
     * the last marker is counted.
     *
     * @return each marker's latency, sorted, and the rate actually written (lower if writing could not keep up)
     */
    Phase run(int perSecond, Duration lasting, Duration settleWithin) {
        int ticks = (int) (lasting.toNanos() / TICK.toNanos());
        int markersInAll = (int) (MARKERS_PER_SECOND * lasting.toSeconds());
        long[] sentAt = new long[markersInAll];
        long[] seenAt = new long[markersInAll];
        long base = sources();
        AtomicBoolean watching = new AtomicBoolean(true);
        Thread watcher = Thread.ofPlatform().name("live-watcher").start(() -> {
            int seen = 0;
            while (watching.get() && seen < markersInAll) {
                long counted = sources() - base;
                long now = System.nanoTime();
                while (seen < Math.min(counted, markersInAll)) {
                    seenAt[seen++] = now;
                }
            }
        });
        long events = 0;
        int marked = 0;
        long start = System.nanoTime();
        for (int tick = 0; tick < ticks; tick++) {
            long due = start + tick * TICK.toNanos();
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait); // pacing the load, not waiting for a result
            }
            long eventsDue = Math.round(perSecond * (tick + 1) * TICK.toNanos() / 1e9);
            int markersDue = (int) Math.min(markersInAll, MARKERS_PER_SECOND * (tick + 1) * TICK.toNanos()
                    / 1_000_000_000L);
            List<Entry> entries = new ArrayList<>();
            int firstMarker = marked;
            while (marked < markersDue) {
                entries.add(markers.next(true, ids));
                marked++;
            }
            for (long e = events + entries.size(); e < eventsDue; e++) {
                entries.add(others.get(turn++ % others.size()).next(false, ids));
            }
            long now = System.nanoTime();
            for (int m = firstMarker; m < marked; m++) {
                sentAt[m] = now;
            }
            writer.write(entries.iterator());
            events += entries.size();
        }
        Duration writing = Duration.ofNanos(System.nanoTime() - start);
        try {
            watcher.join(settleWithin);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        watching.set(false);
        double[] millis = new double[markersInAll];
        int counted = 0;
        for (int k = 0; k < markersInAll; k++) {
            if (seenAt[k] != 0) {
                millis[counted++] = (seenAt[k] - sentAt[k]) / 1e6;
            }
        }
        double[] latencies = Arrays.copyOf(millis, counted);
        Arrays.sort(latencies);
        return new Phase(perSecond, new Rate(events, writing), latencies, markersInAll);
    }

    /** Every log's last sequence, the live events included: the aggregator has caught up once it shows these. */
    Map<String, Long> lastSequences() {
        Map<String, Long> last = new HashMap<>();
        last.put(markers.code.value(), markers.sequence);
        others.forEach(log -> last.put(log.code.value(), log.sequence));
        return last;
    }

    private long sources() {
        JsonApi.Answer answer = aggregator.get(progress);
        if (answer.status() != 200) {
            throw new IllegalStateException(progress + " answered " + answer.status());
        }
        return answer.<Integer>read("$.sources.actual");
    }

    /**
     * One rate's markers.
     *
     * @param latencies the latencies of the markers counted, in ms, sorted; fewer than {@code markers} if some were
     *                  not counted in time
     */
    record Phase(int perSecond, Rate written, double[] latencies, int markers) {

        /** NaN when no marker was counted. */
        double percentile(int percent) {
            return latencies.length == 0 ? Double.NaN
                    : latencies[(int) Math.ceil(percent / 100.0 * latencies.length) - 1];
        }

        boolean allCounted() {
            return latencies.length == markers;
        }
    }

    /** A committee's log as the live load goes on with it. */
    private static final class Log {

        private final UnitCode code;
        private final UnitCode branch;
        private final Step.SourceCreated sample;
        private final LocalDate day;
        private long sequence;

        Log(UnitCode code, long lastSequence, Step.SourceCreated last) {
            this.code = code;
            this.sequence = lastSequence;
            this.branch = last.branch();
            this.sample = last;
            this.day = last.occurredOn();
        }

        /** The log's next event: a new source (a marker), or a new sympathiser at the same branch. */
        Entry next(boolean source, SplittableRandom ids) {
            CandidateId candidate = new CandidateId(EventId.uuid(ids).toString());
            Step step = source
                    ? new Step.SourceCreated(candidate, branch, sample.introducedBy(), day, sample.attributes())
                    : new Step.SympathiserAdded(candidate, branch, day, "LIVE-" + (sequence + 1),
                    sample.attributes());
            sequence++;
            return new Entry(code, sequence, new EventId(EventId.uuid(ids).toString()),
                    day.atStartOfDay(VIETNAM).toInstant(), Instant.now(), step);
        }
    }

    /**
     * Passes entries on to the writer, noting each log's last sequence and the last source it created (its branch
     * stands in the tree as the log left it).
     */
    static final class Observed implements Iterator<Entry> {

        private final Iterator<Entry> entries;
        private final Map<UnitCode, Long> lastSequences = new HashMap<>();
        private final Map<UnitCode, Step.SourceCreated> lastSources = new HashMap<>();
        private final Map<UnitCode, Long> steps = new HashMap<>();

        Observed(Iterator<Entry> entries) {
            this.entries = entries;
        }

        @Override
        public boolean hasNext() {
            return entries.hasNext();
        }

        @Override
        public Entry next() {
            Entry entry = entries.next();
            lastSequences.put(entry.log(), entry.sequence());
            if (entry.fact() instanceof Step step) {
                steps.merge(entry.log(), 1L, Long::sum);
                if (step instanceof Step.SourceCreated source) {
                    lastSources.put(entry.log(), source);
                }
            }
            return entry;
        }
    }
}
