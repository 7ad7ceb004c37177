package vn.pdv.aggregator.mongo;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import org.bson.Document;
import vn.pdv.aggregator.hierarchy.UnitCode;

/**
 * A mirrored collection of documents each of one unit and day (tallies, findings) in memory, by unit and day, so that
 * an answer over a subtree and a period reads only that subtree's days of that period; and the answers, remembered
 * until a document changes: a dashboard's figures are asked for by many readers and again on every refresh while
 * nothing changed in between. Guarded by its {@link GuardedMirror}'s locks: documents are put under its write lock and
 * answers worked out under its read lock, by several readers at once.
 *
 * @param <E> what a document is read into
 * @param <V> an answer
 */
public final class DocumentsByUnitAndDay<E, V> implements GuardedMirror.Index {

    /** Answers remembered at most; a sweep over many past periods would otherwise keep them all. */
    private static final int REMEMBERED = 4_096;

    /** A document as read: its unit, its day and what it holds. */
    public record Dated<E>(String unit, LocalDate day, E entry) {
    }

    /** A question: some units (a subtree of a stretch of days) over the days from {@code from} to {@code until}. */
    public record Asked(Set<UnitCode> units, long from, long until) {
    }

    private final Function<Document, Dated<E>> reader;
    private final BiFunction<Asked, DocumentsByUnitAndDay<E, V>, V> work;
    private final Map<String, Dated<E>> byId = new HashMap<>();
    /** Per unit, per day (epoch day), the documents of that day, one per source log. */
    private final Map<String, TreeMap<Long, Map<String, E>>> byUnit = new HashMap<>();
    private final Map<Asked, V> answers = new ConcurrentHashMap<>();

    /**
     * @param reader reads a document; null for one without a unit or day, which is left out
     * @param work   works an answer out, walking the asked units' days with {@link #forEachOf}
     */
    public DocumentsByUnitAndDay(Function<Document, Dated<E>> reader,
                                 BiFunction<Asked, DocumentsByUnitAndDay<E, V>, V> work) {
        this.reader = reader;
        this.work = work;
    }

    /** The answer for the units over the days from {@code from} to {@code until} (exclusive). */
    public V answer(Set<UnitCode> units, LocalDate from, LocalDate until) {
        if (answers.size() > REMEMBERED) {
            answers.clear();
        }
        // Set.copyOf returns a span's own (immutable) set as it is: the key costs no copy.
        return answers.computeIfAbsent(new Asked(Set.copyOf(units), from.toEpochDay(), until.toEpochDay()),
                asked -> work.apply(asked, this));
    }

    /** Each of the unit's documents on the asked days, in day order. */
    public void forEachOf(UnitCode unit, Asked asked, Consumer<E> each) {
        TreeMap<Long, Map<String, E>> days = byUnit.get(unit.value());
        if (days != null) {
            days.subMap(asked.from(), true, asked.until(), false).values().forEach(ofDay -> ofDay.values()
                    .forEach(each));
        }
    }

    @Override
    public void clear() {
        answers.clear();
        byId.clear();
        byUnit.clear();
    }

    @Override
    public void put(Document document) {
        Dated<E> read = reader.apply(document);
        if (read == null) {
            return;
        }
        answers.clear();
        String id = document.getString("_id");
        Dated<E> replaced = byId.put(id, read);
        if (replaced != null) {
            Map<String, E> ofDay = byUnit.getOrDefault(replaced.unit(), new TreeMap<>())
                    .get(replaced.day().toEpochDay());
            if (ofDay != null) {
                ofDay.remove(id);
            }
        }
        byUnit.computeIfAbsent(read.unit(), unit -> new TreeMap<>())
                .computeIfAbsent(read.day().toEpochDay(), day -> new HashMap<>(2)).put(id, read.entry());
    }
}
