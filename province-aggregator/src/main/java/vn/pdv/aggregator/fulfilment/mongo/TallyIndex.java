package vn.pdv.aggregator.fulfilment.mongo;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
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
    private static final int TOTAL = Counter.TOTAL.ordinal();

    /** One tally document: its unit, day and counters. */
    private record Entry(String unit, long day, int[] keys, long[] values) {
    }

    private final Map<String, Entry> byId = new HashMap<>();
    /**
     * What one walk of a subtree's days worked out, kept until the index next changes: a dashboard's figures are asked
     * for by many readers and again on every refresh while nothing changed in between, so a read looks its figures up
     * here instead of walking every unit and day of the subtree again.
     */
    private final Map<Asked, Summed> sums = new ConcurrentHashMap<>();
    /** Per unit, per day (epoch day), the tally documents of that day, one per source log. */
    private final Map<String, TreeMap<Long, Map<String, Entry>>> byUnit = new HashMap<>();

    /** A sum asked for: the units (a subtree of a stretch of days) and the days. */
    private record Asked(Set<UnitCode> units, long from, long until) {
    }

    /**
     * The counters of some units over some days, and per metric which of those units counted a net total in it
     * ("organisations that admitted", "that sourced"): both from one walk, since a progress read asks for both of
     * every span.
     */
    private record Summed(long[] totals, Map<Metric, Set<UnitCode>> counting) {
    }

    @Override
    public void clear() {
        sums.clear();
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
        long[] summed = summed(units, from, until).totals();
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
        return summed(units, from, until).counting().getOrDefault(metric, Set.of());
    }

    private Summed summed(Set<UnitCode> units, LocalDate from, LocalDate until) {
        if (sums.size() > 4_096) {
            sums.clear();
        }
        // Set.copyOf returns a span's own (immutable) set as it is: the key costs no copy.
        return sums.computeIfAbsent(new Asked(Set.copyOf(units), from.toEpochDay(), until.toEpochDay()), this::walk);
    }

    private Summed walk(Asked asked) {
        long[] total = new long[METRICS.length * COUNTERS.length];
        long[] net = new long[METRICS.length];
        Map<Metric, Set<UnitCode>> counting = new EnumMap<>(Metric.class);
        for (UnitCode unit : asked.units()) {
            TreeMap<Long, Map<String, Entry>> days = byUnit.get(unit.value());
            if (days == null) {
                continue;
            }
            Arrays.fill(net, 0);
            for (Map<String, Entry> ofDay : days.subMap(asked.from(), true, asked.until(), false).values()) {
                for (Entry entry : ofDay.values()) {
                    for (int i = 0; i < entry.keys().length; i++) {
                        int key = entry.keys()[i];
                        total[key] += entry.values()[i];
                        if (key % COUNTERS.length == TOTAL) {
                            net[key / COUNTERS.length] += entry.values()[i];
                        }
                    }
                }
            }
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
