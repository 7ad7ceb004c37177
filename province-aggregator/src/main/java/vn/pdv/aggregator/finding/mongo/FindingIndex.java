package vn.pdv.aggregator.finding.mongo;

import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.bson.Document;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.mongo.GuardedMirror;

/**
 * The {@code findings} documents in memory, by unit and day, so that a count over a subtree and a period reads only
 * that subtree's days of that period instead of a query whose {@code unit $in} list names the whole subtree (the
 * province's ten thousand units, matched against every document: mongo-java-server scans the collection). Not
 * thread-safe on its own: {@link GuardedMirror} puts under its write lock and counts run under its read lock.
 */
final class FindingIndex implements GuardedMirror.Index {

    /** One findings document: its unit, day and counts by rule. */
    private record Entry(String unit, long day, Map<String, Long> byRule) {
    }

    /** A count asked for: the units (a subtree of a stretch of days) and the days. */
    private record Asked(Set<UnitCode> units, long from, long until) {
    }

    private final Map<String, Entry> byId = new HashMap<>();
    /** Per unit, per day (epoch day), the findings documents of that day, one per source log. */
    private final Map<String, TreeMap<Long, Map<String, Entry>>> byUnit = new HashMap<>();
    /** Counts already worked out since the index last changed: a report asks them again on every download. */
    private final Map<Asked, Map<String, Long>> counts = new ConcurrentHashMap<>();

    @Override
    public void clear() {
        counts.clear();
        byId.clear();
        byUnit.clear();
    }

    @Override
    public void put(Document document) {
        String id = document.getString("_id");
        String unit = document.getString("unit");
        String day = document.getString("day");
        if (unit == null || day == null) {
            return;
        }
        Map<String, Long> byRule = new TreeMap<>();
        Document rules = document.get("counts", Document.class);
        if (rules != null) {
            rules.forEach((rule, count) -> byRule.put(rule, ((Number) count).longValue()));
        }
        counts.clear();
        Entry entry = new Entry(unit, LocalDate.parse(day).toEpochDay(), byRule);
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

    Map<String, Long> count(Set<UnitCode> units, LocalDate from, LocalDate until) {
        if (counts.size() > 4_096) {
            counts.clear();
        }
        return counts.computeIfAbsent(new Asked(Set.copyOf(units), from.toEpochDay(), until.toEpochDay()),
                this::count);
    }

    private Map<String, Long> count(Asked asked) {
        Map<String, Long> total = new TreeMap<>();
        for (UnitCode unit : asked.units()) {
            TreeMap<Long, Map<String, Entry>> days = byUnit.get(unit.value());
            if (days == null) {
                continue;
            }
            for (Map<String, Entry> ofDay : days.subMap(asked.from(), true, asked.until(), false).values()) {
                for (Entry entry : ofDay.values()) {
                    entry.byRule().forEach((rule, count) -> total.merge(rule, count, Long::sum));
                }
            }
        }
        return Collections.unmodifiableMap(total);
    }
}
