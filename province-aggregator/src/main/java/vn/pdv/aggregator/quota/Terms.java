package vn.pdv.aggregator.quota;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;
import vn.pdv.aggregator.hierarchy.Unit;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.hierarchy.UnitKind;
import vn.pdv.aggregator.hierarchy.UnitTree;

/**
 * Which days a period covers for a unit: the one answer every reader of a period's bounds asks. A term runs from the
 * congress of the unit's level to the next, not over six calendar years: grassroots congresses meet first (spring),
 * then the district's, then the province's (autumn), so a grassroots term 2020–2025 runs from its congress of May 2020
 * to that of May 2025, and an admission in June 2025 belongs to its 2025–2030 term. Years, halves and quarters are
 * the calendar's whatever the level.
 *
 * <p>The calendar is a list of congress days per level; term "2020–2025" of a level opens at its congress held in 2020
 * and closes at the one held in 2025, so a term's end is the next term's start by construction. A level with no list,
 * or a term year with no congress listed, keeps the calendar boundary (1 January of the first year, the day after 31
 * December of the last), today's behaviour, under which the terms 2020–2025 and 2025–2030 share the year 2025.
 *
 * <p>Known limit: a congress is named by the year it meets; one that opens term 2020–2025 in December 2019 cannot be
 * listed, and the term keeps its calendar start.
 */
public final class Terms {

    private final Map<UnitKind, NavigableMap<Integer, LocalDate>> congresses = new EnumMap<>(UnitKind.class);

    /**
     * @param congresses per level, its congresses' days in order, at most one a year
     * @throws IllegalArgumentException when a level's days are out of order or two fall in one year
     */
    public Terms(Map<UnitKind, List<LocalDate>> congresses) {
        congresses.forEach((kind, days) -> {
            Objects.requireNonNull(kind, "level");
            NavigableMap<Integer, LocalDate> byYear = new TreeMap<>();
            LocalDate before = null;
            for (LocalDate day : days) {
                Objects.requireNonNull(day, () -> "a congress day of " + kind);
                if (before != null && !day.isAfter(before)) {
                    throw new IllegalArgumentException("congresses of %s out of order: %s after %s"
                            .formatted(kind, day, before));
                }
                if (byYear.put(day.getYear(), day) != null) {
                    throw new IllegalArgumentException("two congresses of %s in %d: a term runs from one congress to the next"
                            .formatted(kind, day.getYear()));
                }
                before = day;
            }
            if (!byYear.isEmpty()) {
                this.congresses.put(kind, byYear);
            }
        });
    }

    /** No congress calendar: every term covers its calendar years. */
    public static Terms calendar() {
        return new Terms(Map.of());
    }

    /** The days the period covers for a unit of the level. */
    public Bounds bounds(Period period, UnitKind level) {
        LocalDate from = period.from();
        LocalDate until = period.until();
        NavigableMap<Integer, LocalDate> held = congresses.get(level);
        if (period.kind() == Period.Kind.TERM && held != null) {
            from = held.getOrDefault(period.year(), from);
            until = held.getOrDefault(period.endYear(), until);
        }
        return new Bounds(from, until);
    }

    /**
     * The days the period covers for the unit, by its level on {@code day} (its last level when it did not stand
     * then); the calendar's when the tree does not know it.
     */
    public Bounds bounds(Period period, UnitTree tree, UnitCode unit, LocalDate day) {
        return tree.on(unit, day).or(() -> tree.latest(unit)).map(Unit::kind)
                .map(level -> bounds(period, level))
                .orElseGet(() -> new Bounds(period.from(), period.until()));
    }
}
