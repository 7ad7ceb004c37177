package vn.pdv.aggregator.mongo;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import org.bson.Document;
import vn.pdv.aggregator.hierarchy.UnitCode;

/**
 * A mirrored collection of documents each of one unit, day and source log (tallies, findings) in memory, by unit and
 * day, so that an answer over a subtree and a period reads only that subtree's days of that period; and the answers,
 * remembered until a document changes: a dashboard's figures are asked for by many readers and again on every refresh
 * while nothing changed in between. Guarded by its {@link GuardedMirror}'s locks: documents are put under its write
 * lock and answers worked out under its read lock, by several readers at once.
 *
 * <p>A document is known by its unit, day and source log, which its id is made of ({@link #id}) and which therefore
 * never change: a document put again replaces the entry at that place. Nothing else of it is kept, neither its id
 * nor its own copy of the unit's code: the nation's year is 1.7 million tallies, and an entry with its id, unit, day
 * and the maps around it took ~550 bytes, which alone outgrew the aggregator's 1 GiB heap.
 *
 * @param <E> what a document is read into
 * @param <V> an answer
 */
public final class DocumentsByUnitAndDay<E, V> implements GuardedMirror.Index {

    /** Answers remembered at most; a sweep over many past periods would otherwise keep them all. */
    private static final int REMEMBERED = 4_096;

    /** A question: some units (a subtree of a stretch of days) over the days from {@code from} to {@code until}. */
    public record Asked(Set<UnitCode> units, long from, long until) {
    }

    private final Function<Document, E> reader;
    private final BiFunction<Asked, DocumentsByUnitAndDay<E, V>, V> work;
    private final Map<String, Days<E>> byUnit = new HashMap<>();
    /** One string per source log, which every entry of it shares. */
    private final SharedValues sources = new SharedValues();
    private final Map<Asked, V> answers = new ConcurrentHashMap<>();

    /**
     * @param reader reads what a document holds (its {@code unit}, {@code day} and id are read here)
     * @param work   works an answer out, walking the asked units' days with {@link #forEachOf}
     */
    public DocumentsByUnitAndDay(Function<Document, E> reader,
                                 BiFunction<Asked, DocumentsByUnitAndDay<E, V>, V> work) {
        this.reader = reader;
        this.work = work;
    }

    /** The id of the document of this unit, day and source log: the three, which a document never changes. */
    public static String id(UnitCode unit, LocalDate day, String log) {
        return unit.value() + "|" + day + "|" + log;
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
        Days<E> days = byUnit.get(unit.value());
        if (days != null) {
            days.forEach(asked.from(), asked.until(), each);
        }
    }

    @Override
    public void clear() {
        answers.clear();
        byUnit.clear();
        sources.clear();
    }

    @Override
    public void put(Document document) {
        String unit = document.getString("unit");
        String day = document.getString("day");
        if (unit == null || day == null) {
            return;
        }
        // What follows the unit and day in the id (any id, were one ever written otherwise: it is unique too).
        String id = document.getString("_id");
        int prefix = unit.length() + day.length() + 2;
        boolean made = id.length() > prefix && id.startsWith(unit) && id.charAt(unit.length()) == '|'
                && id.startsWith(day, unit.length() + 1) && id.charAt(prefix - 1) == '|';
        String source = made ? id.substring(prefix) : id;
        answers.clear();
        byUnit.computeIfAbsent(unit, code -> new Days<>()).put(Math.toIntExact(LocalDate.parse(day).toEpochDay()),
                sources.of(source), reader.apply(document));
    }

    /**
     * One unit's entries, ordered by day, in three parallel arrays: 20 bytes an entry beside the entry itself, where
     * a tree of days holding a map per day took ten times that.
     */
    private static final class Days<E> {

        private int[] days = new int[4];
        private String[] sources = new String[4];
        private Object[] entries = new Object[4];
        private int size;

        /** Puts the entry at its day and source, replacing the one there. */
        void put(int day, String source, E entry) {
            int at = firstFrom(day);
            for (; at < size && days[at] == day; at++) {
                if (sources[at].equals(source)) {
                    entries[at] = entry;
                    return;
                }
            }
            if (size == days.length) {
                int grown = size + (size >> 1);
                days = Arrays.copyOf(days, grown);
                sources = Arrays.copyOf(sources, grown);
                entries = Arrays.copyOf(entries, grown);
            }
            System.arraycopy(days, at, days, at + 1, size - at);
            System.arraycopy(sources, at, sources, at + 1, size - at);
            System.arraycopy(entries, at, entries, at + 1, size - at);
            days[at] = day;
            sources[at] = source;
            entries[at] = entry;
            size++;
        }

        @SuppressWarnings("unchecked")
        void forEach(long from, long until, Consumer<E> each) {
            for (int at = firstFrom(from); at < size && days[at] < until; at++) {
                each.accept((E) entries[at]);
            }
        }

        /** The first place whose day is {@code day} or later. */
        private int firstFrom(long day) {
            int low = 0;
            int high = size;
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (days[middle] < day) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
            return low;
        }
    }
}
