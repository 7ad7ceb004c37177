package vn.pdv.aggregator.fulfilment.mongo;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import vn.pdv.aggregator.fulfilment.Counter;
import vn.pdv.aggregator.fulfilment.Counts;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.mongo.DocumentsByUnitAndDay;
import vn.pdv.aggregator.mongo.GuardedMirror;
import vn.pdv.aggregator.quota.Metric;

/**
 * The {@code tallies} documents in memory, by unit and day ({@link DocumentsByUnitAndDay}), so that a sum over a
 * subtree and a period reads only that subtree's days of that period. Counters are held as pairs of (metric and
 * counter, value): a tally holds a handful of the several hundred possible counters. Guarded by its
 * {@link GuardedMirror}'s locks.
 */
final class TallyIndex implements GuardedMirror.Index {

    private static final Metric[] METRICS = Metric.values();
    private static final Counter[] COUNTERS = Counter.values();
    private static final int TOTAL = Counter.TOTAL.ordinal();

    /**
     * The counters of some units over some days, and per metric which of those units counted a net total in it
     * ("organisations that admitted", "that sourced"): both from one walk, since a progress read asks for both of
     * every span.
     */
    private record Summed(long[] totals, Map<Metric, Set<UnitCode>> counting) {
    }

    /**
     * Each tally document's counters in one array, one {@code long} a counter ({@link #packed}): one object a tally,
     * where two arrays and a record took three times the memory (the nation's 1.7 million tallies hold ~8 each).
     */
    private final DocumentsByUnitAndDay<long[], Summed> documents =
            new DocumentsByUnitAndDay<>(TallyIndex::read, TallyIndex::walk);

    @Override
    public void clear() {
        documents.clear();
    }

    @Override
    public void put(Document document) {
        documents.put(document);
    }

    Counts sum(Set<UnitCode> units, LocalDate from, LocalDate until) {
        long[] summed = documents.answer(units, from, until).totals();
        Counts counts = new Counts();
        for (int key = 0; key < summed.length; key++) {
            if (summed[key] != 0) {
                counts.add(METRICS[key / COUNTERS.length], COUNTERS[key % COUNTERS.length], summed[key]);
            }
        }
        return counts;
    }

    /** Those of {@code units} with a net total in {@code metric} over the stretch. */
    Set<UnitCode> countingIn(Metric metric, Set<UnitCode> units, LocalDate from, LocalDate until) {
        return documents.answer(units, from, until).counting().getOrDefault(metric, Set.of());
    }

    private static long[] read(Document document) {
        Document byMetric = document.get("counts", Document.class);
        if (byMetric == null) {
            return new long[0];
        }
        int size = 0;
        for (Object counters : byMetric.values()) {
            size += ((Document) counters).size();
        }
        long[] counters = new long[size];
        int at = 0;
        for (Map.Entry<String, Object> metric : byMetric.entrySet()) {
            int metricAt = Metric.valueOf(metric.getKey()).ordinal();
            for (Map.Entry<String, Object> counter : ((Document) metric.getValue()).entrySet()) {
                counters[at++] = packed(metricAt * COUNTERS.length + Counter.valueOf(counter.getKey()).ordinal(),
                        ((Number) counter.getValue()).longValue());
            }
        }
        return counters;
    }

    /** A counter's place in a sum in the top 24 bits, its value in the other 40 (signed: a counter may be net). */
    static long packed(int key, long value) {
        if (value < -(1L << 39) || value >= (1L << 39)) {
            throw new IllegalStateException("a tally's counter beyond 40 bits: " + value);
        }
        return ((long) key << 40) | (value & ((1L << 40) - 1));
    }

    static int keyOf(long packed) {
        return (int) (packed >>> 40);
    }

    static long valueOf(long packed) {
        return packed << 24 >> 24;
    }

    /** One walk of the asked units' days: the counters, and which units counted a net total per metric. */
    private static Summed walk(DocumentsByUnitAndDay.Asked asked, DocumentsByUnitAndDay<long[], Summed> documents) {
        long[] total = new long[METRICS.length * COUNTERS.length];
        long[] net = new long[METRICS.length];
        Map<Metric, Set<UnitCode>> counting = new EnumMap<>(Metric.class);
        for (UnitCode unit : asked.units()) {
            Arrays.fill(net, 0);
            documents.forEachOf(unit, asked, counters -> {
                for (long counter : counters) {
                    int key = keyOf(counter);
                    long value = valueOf(counter);
                    total[key] += value;
                    if (key % COUNTERS.length == TOTAL) {
                        net[key / COUNTERS.length] += value;
                    }
                }
            });
            for (int metric = 0; metric < net.length; metric++) {
                if (net[metric] > 0) {
                    counting.computeIfAbsent(METRICS[metric], m -> new HashSet<>()).add(unit);
                }
            }
        }
        Map<Metric, Set<UnitCode>> frozen = new EnumMap<>(Metric.class);
        counting.forEach((metric, found) -> frozen.put(metric, Set.copyOf(found)));
        return new Summed(total, frozen);
    }
}
