package vn.pdv.aggregator.fulfilment.mongo;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.bson.Document;
import vn.pdv.aggregator.fulfilment.Counter;
import vn.pdv.aggregator.fulfilment.Counts;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.mongo.GuardedMirror;
import vn.pdv.aggregator.quota.Metric;

/**
 * The {@code tallies} documents in memory, by unit and day, so that a sum over a subtree and a period reads only that
 * subtree's days of that period. Counters are held as pairs of (metric and counter, value): a tally holds a handful of
 * the several hundred possible counters. Not thread-safe on its own: {@link GuardedMirror} puts under its write lock and sums run
 * under its read lock.
 */
final class TallyIndex implements GuardedMirror.Index {

    private static final Metric[] METRICS = Metric.values();
    private static final Counter[] COUNTERS = Counter.values();

    /** One tally document: its unit, day and counters. */
    private record Entry(String unit, long day, int[] keys, long[] values) {
    }

    private final Map<String, Entry> byId = new HashMap<>();
    /**
     * Sums already worked out since the index last changed: a dashboard's figures are asked for by many readers and
     * again on every refresh, while nothing changed in between. Forgotten on every change.
     */
    private final Map<Asked, long[]> sums = new ConcurrentHashMap<>();
    /** Per unit, per day (epoch day), the tally documents of that day, one per source log. */
    private final Map<String, TreeMap<Long, Map<String, Entry>>> byUnit = new HashMap<>();

    /**
     * "Which of these units counted anything in the metric", remembered like the sums: a progress read asks it twice
     * per span (organisations that admitted, that sourced), each a walk of the whole subtree's days otherwise.
     */
    private final Map<CountingAsked, Set<UnitCode>> counting = new ConcurrentHashMap<>();

    /** A sum asked for: the units (a subtree of a stretch of days) and the days. */
    private record Asked(Set<UnitCode> units, long from, long until) {
    }

    private record CountingAsked(Metric metric, Asked asked) {
    }

    @Override
    public void clear() {
        sums.clear();
        counting.clear();
        byId.clear();
        byUnit.clear();
    }

    @Override
    public void put(Document document) {
        String id = document.getString("_id");
        String unit = document.getString("unit");
        String day = document.getString("day");
        Document byMetric = document.get("counts", Document.class);
        if (unit == null || day == null) {
            return;
        }
        int size = 0;
        if (byMetric != null) {
            for (Object counters : byMetric.values()) {
                size += ((Document) counters).size();
            }
        }
        int[] keys = new int[size];
        long[] values = new long[size];
        int at = 0;
        if (byMetric != null) {
            for (Map.Entry<String, Object> metric : byMetric.entrySet()) {
                int metricAt = Metric.valueOf(metric.getKey()).ordinal();
                for (Map.Entry<String, Object> counter : ((Document) metric.getValue()).entrySet()) {
                    keys[at] = metricAt * COUNTERS.length + Counter.valueOf(counter.getKey()).ordinal();
                    values[at++] = ((Number) counter.getValue()).longValue();
                }
            }
        }
        sums.clear();
        counting.clear();
        Entry entry = new Entry(unit, LocalDate.parse(day).toEpochDay(), keys, values);
        Entry replaced = byId.put(id, entry);
        if (replaced != null) {
            Map<String, Entry> ofDay = byUnit.getOrDefault(replaced.unit(), new TreeMap<>()).get(replaced.day());
            if (ofDay != null) {
                ofDay.remove(id);
            }
        }
        byUnit.computeIfAbsent(unit, u -> new TreeMap<>()).computeIfAbsent(entry.day(), d -> new HashMap<>(2))
                .put(id, entry);
    }

    Counts sum(Set<UnitCode> units, LocalDate from, LocalDate until) {
        if (sums.size() > 4_096) {
            sums.clear();
        }
        Asked asked = new Asked(Set.copyOf(units), from.toEpochDay(), until.toEpochDay());
        long[] summed = sums.computeIfAbsent(asked, this::sum);
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
        if (counting.size() > 4_096) {
            counting.clear();
        }
        return counting.computeIfAbsent(new CountingAsked(metric, new Asked(Set.copyOf(units), from.toEpochDay(),
                until.toEpochDay())), this::countingIn);
    }

    private Set<UnitCode> countingIn(CountingAsked asked) {
        int total = asked.metric().ordinal() * COUNTERS.length + Counter.TOTAL.ordinal();
        long from = asked.asked().from();
        long until = asked.asked().until();
        Set<UnitCode> found = new HashSet<>();
        for (UnitCode unit : asked.asked().units()) {
            TreeMap<Long, Map<String, Entry>> days = byUnit.get(unit.value());
            if (days == null) {
                continue;
            }
            long net = 0;
            for (Map<String, Entry> ofDay : days.subMap(from, true, until, false).values()) {
                for (Entry entry : ofDay.values()) {
                    for (int i = 0; i < entry.keys().length; i++) {
                        if (entry.keys()[i] == total) {
                            net += entry.values()[i];
                        }
                    }
                }
            }
            if (net > 0) {
                found.add(unit);
            }
        }
        return Set.copyOf(found);
    }

    private long[] sum(Asked asked) {
        long[] total = new long[METRICS.length * COUNTERS.length];
        long first = asked.from();
        long last = asked.until();
        Set<UnitCode> units = asked.units();
        for (UnitCode unit : units) {
            TreeMap<Long, Map<String, Entry>> days = byUnit.get(unit.value());
            if (days == null) {
                continue;
            }
            for (Map<String, Entry> ofDay : days.subMap(first, true, last, false).values()) {
                for (Entry entry : ofDay.values()) {
                    for (int i = 0; i < entry.keys().length; i++) {
                        total[entry.keys()[i]] += entry.values()[i];
                    }
                }
            }
        }
        return total;
    }
}
