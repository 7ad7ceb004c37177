package vn.pdv.aggregator.hierarchy;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The organisation tree through time, as read at one moment: every unit's versions and closures. Answers what the
 * tree looked like on any day, so a 2024 figure adds up the way the 2024 tree did, whatever happened in 2025.
 *
 * <p>Roll-up rule: an event at unit U on day d counts for A iff U was A or beneath A on day d. A unit that was merged
 * into another keeps its own history under its parents of the time; the successor's own figures (it as the root of
 * a query) also take in its predecessors' days before the merge, so that the merged commune's 2025 shows the whole
 * year's work of the communes it was formed from. The successor's ancestors do not: they count by the tree of each
 * day, so a parent's figure always adds up from the units it had on each day and nothing is counted twice.
 *
 * <p>A unit is alive on day d when a version began on or before d and it had not closed by d. Versions that begin
 * after a closure are ignored: a closed unit is not reopened; open a new code. For counting only, a unit's days before
 * its first version count under that first version: a committee registers a unit that existed long before (its
 * {@code effectiveFrom} is the day it was registered), and a term's figures must not lose the years before that.
 *
 * <p>Immutable, and read by many requests at once (the hierarchy keeps one in memory until the tree changes): between
 * two consecutive days on which some version begins or some unit closes, the tree stands still, so who is beneath whom
 * is worked out once per such stretch and remembered.
 */
public final class UnitTree {

    private static final Comparator<Unit> BY_START = Comparator.comparing(Unit::effectiveFrom);

    private final Histories versions;
    private final Map<UnitCode, Closure> closures = new HashMap<>();
    /** Per successor, the units that closed into it: every read asks for a unit's predecessors, some many times. */
    private final Map<UnitCode, List<UnitCode>> mergedInto = new HashMap<>();
    /** Every day on which the tree may change: a version begins or a unit closes. */
    private final TreeSet<LocalDate> cuts = new TreeSet<>();
    /** Per stretch between cuts (keyed by its first day), each unit's children as the counting rule draws them. */
    private final Map<LocalDate, Map<UnitCode, List<UnitCode>>> countedChildren = new ConcurrentHashMap<>();
    /** Per stretch between cuts, each unit's children standing then, in code order. */
    private final Map<LocalDate, Map<UnitCode, List<Unit>>> standingChildren = new ConcurrentHashMap<>();
    /**
     * Per stretch between cuts, each unit's grassroots organisation as asked so far: a progress read of the province
     * places every unit that counted something in one (thousands per read).
     */
    private final Map<LocalDate, Map<UnitCode, UnitCode>> grassroots = new ConcurrentHashMap<>();
    /** Answers of {@link #subtree(UnitCode, LocalDate, LocalDate)}: the same periods are asked again and again. */
    private final Map<SubtreeAsked, List<Span>> subtrees = new ConcurrentHashMap<>();
    private volatile List<Unit> latest;
    private volatile Map<UnitCode, List<UnitCode>> latestChildren;

    private UnitTree(Collection<Unit> versions, Collection<Closure> closures) {
        Map<UnitCode, List<Unit>> histories = new HashMap<>();
        for (Unit version : versions) {
            histories.computeIfAbsent(version.code(), code -> new ArrayList<>()).add(version);
            cuts.add(version.effectiveFrom());
        }
        histories.values().forEach(history -> history.sort(BY_START));
        this.versions = new Histories(histories, Map.of());
        closures.forEach(closure -> {
            this.closures.put(closure.unit(), closure);
            cuts.add(closure.on());
        });
        listMerged();
    }

    /** The older tree with versions added or replaced and closures set; see {@link #with}. */
    private UnitTree(UnitTree older, Collection<Unit> added, Collection<Closure> closed) {
        Map<UnitCode, List<Unit>> edited = new HashMap<>();
        cuts.addAll(older.cuts);
        for (Unit version : added) {
            // Copied before the edit: the older tree's histories are shared, and it stays in use by its readers.
            List<Unit> history = new ArrayList<>(edited.getOrDefault(version.code(), older.versions.of(version.code())));
            history.removeIf(same -> same.effectiveFrom().equals(version.effectiveFrom()));
            history.add(version);
            history.sort(BY_START);
            edited.put(version.code(), history);
            cuts.add(version.effectiveFrom());
        }
        versions = older.versions.with(edited);
        closures.putAll(older.closures);
        closed.forEach(closure -> {
            closures.put(closure.unit(), closure);
            cuts.add(closure.on());
        });
        listMerged();
    }

    private void listMerged() {
        // In the closures' own order, as predecessors were always listed.
        this.closures.values().stream().filter(closure -> closure.successor() != null)
                .forEach(closure -> mergedInto.computeIfAbsent(closure.successor(), s -> new ArrayList<>())
                        .add(closure.unit()));
    }

    /** The first day of the stretch the day lies in, over which the tree stands still. */
    private LocalDate stretch(LocalDate day) {
        LocalDate cut = cuts.floor(day);
        return cut == null ? LocalDate.MIN : cut;
    }

    /** Remembers per stretch, forgetting all when many were asked for (a sweep over many past days). */
    private static <V> V remembered(Map<LocalDate, V> memo, LocalDate stretch, Function<LocalDate, V> work) {
        if (memo.size() > 64) {
            memo.clear();
        }
        return memo.computeIfAbsent(stretch, work);
    }

    public static UnitTree of(Collection<Unit> versions, Collection<Closure> closures) {
        return new UnitTree(versions, closures);
    }

    /**
     * This tree with versions added (one of a unit and day it already had is replaced) and closures set: what a staff
     * change or a committee's registration makes of it, answering exactly as {@link #of} would from all of them.
     *
     * <p>Why not {@link #of}: a province has ~10,000 units, and a reorganisation is thousands of changes one after
     * another, each decided on the tree the last one left. Building the tree and each stretch's children again from
     * every unit after every change was most of the reorganisation's time; here the stretches' children are carried
     * over and only the changed units are moved in them.
     */
    public UnitTree with(Collection<Unit> added, Collection<Closure> closed) {
        UnitTree next = new UnitTree(this, added, closed);
        Set<UnitCode> changed = new HashSet<>();
        added.forEach(version -> changed.add(version.code()));
        closed.forEach(closure -> changed.add(closure.unit()));
        carry(standingChildren, next.standingChildren, next, changed, UnitTree::on, unit -> unit, Unit::code,
                Comparator.comparing((Unit unit) -> unit.code().value()));
        carry(countedChildren, next.countedChildren, next, changed, UnitTree::counted, Unit::code, code -> code, null);
        // A unit's grassroots organisation depends on its ancestors: kept only for stretches no change reaches.
        grassroots.forEach((first, found) -> next.stretchesWithin(first, this).forEach(stretch -> {
            if (changed.stream().allMatch(code -> on(code, stretch).equals(next.on(code, stretch)))) {
                next.grassroots.put(stretch, found);
            }
        }));
        return next;
    }

    /**
     * Carries each stretch's children over to the next tree: the next tree's stretches within an older one (a change
     * on a new day splits it) start from its children, the changed units taken from their old parents and put under
     * their new ones (in {@code order} where the children are kept in one, else last); a stretch where none of them
     * changed shares the older map.
     */
    private <T> void carry(Map<LocalDate, Map<UnitCode, List<T>>> older, Map<LocalDate, Map<UnitCode, List<T>>> next,
                           UnitTree nextTree, Set<UnitCode> changed, VersionOnDay versionOnDay,
                           Function<Unit, T> child, Function<T, UnitCode> codeOf, Comparator<T> order) {
        older.forEach((first, children) -> nextTree.stretchesWithin(first, this).forEach(stretch -> {
            Map<UnitCode, List<T>> patched = children;
            for (UnitCode code : changed) {
                Optional<Unit> before = versionOnDay.of(this, code, stretch);
                Optional<Unit> after = versionOnDay.of(nextTree, code, stretch);
                if (before.equals(after)) {
                    continue;
                }
                if (patched == children) {
                    patched = new HashMap<>(children);
                }
                Map<UnitCode, List<T>> editing = patched;
                before.filter(unit -> unit.parent() != null).ifPresent(unit -> {
                    List<T> siblings = new ArrayList<>(editing.getOrDefault(unit.parent(), List.of()));
                    siblings.removeIf(sibling -> codeOf.apply(sibling).equals(unit.code()));
                    editing.put(unit.parent(), siblings);
                });
                after.filter(unit -> unit.parent() != null).ifPresent(unit -> {
                    List<T> siblings = new ArrayList<>(editing.getOrDefault(unit.parent(), List.of()));
                    int at = order == null ? siblings.size() : Collections.binarySearch(siblings, child.apply(unit), order);
                    siblings.add(at < 0 ? -at - 1 : at, child.apply(unit));
                    editing.put(unit.parent(), siblings);
                });
            }
            next.put(stretch, patched);
        }));
    }

    /** How a unit's version on a day is read: as it stood ({@link #on}), or as its events count ({@link #counted}). */
    @FunctionalInterface
    private interface VersionOnDay {
        Optional<Unit> of(UnitTree tree, UnitCode code, LocalDate day);
    }

    /** This tree's stretches that begin within the older tree's stretch beginning on {@code first}. */
    private List<LocalDate> stretchesWithin(LocalDate first, UnitTree older) {
        LocalDate end = first.equals(LocalDate.MIN) ? older.cuts.isEmpty() ? null : older.cuts.first()
                : older.cuts.higher(first);
        List<LocalDate> stretches = new ArrayList<>(List.of(first));
        (end == null ? cuts.tailSet(first, false) : cuts.subSet(first, false, end, false)).forEach(stretches::add);
        return stretches;
    }

    public boolean knows(UnitCode code) {
        return versions.knows(code);
    }

    /** Every version of the unit, oldest first; empty when unknown. */
    public List<Unit> history(UnitCode code) {
        return List.copyOf(versions.of(code));
    }

    public Optional<Closure> closure(UnitCode code) {
        return Optional.ofNullable(closures.get(code));
    }

    /** The unit as it stood on the day; empty when it did not exist then (not yet opened, or closed). */
    public Optional<Unit> on(UnitCode code, LocalDate day) {
        Closure closure = closures.get(code);
        if (closure != null && !day.isBefore(closure.on())) {
            return Optional.empty();
        }
        Unit found = null;
        for (Unit version : versions.of(code)) {
            if (version.effectiveFrom().isAfter(day)) {
                break;
            }
            found = version;
        }
        return Optional.ofNullable(found);
    }

    /** The unit's last version (before its closure, if closed). */
    public Optional<Unit> latest(UnitCode code) {
        List<Unit> history = versions.of(code);
        Closure closure = closures.get(code);
        Unit found = null;
        for (Unit version : history) {
            if (closure != null && !version.effectiveFrom().isBefore(closure.on()) && found != null) {
                break;
            }
            found = version;
        }
        return Optional.ofNullable(found);
    }

    /** Every unit ever known, each in its last version. */
    public List<Unit> latest() {
        List<Unit> all = latest;
        if (all == null) {
            all = versions.codes().map(this::latest).flatMap(Optional::stream)
                    .sorted(Comparator.comparing(unit -> unit.code().value())).toList();
            latest = all;
        }
        return all;
    }

    /** The units that stood directly beneath it on the day. */
    public List<Unit> children(UnitCode code, LocalDate day) {
        return remembered(standingChildren, stretch(day), first -> {
            Map<UnitCode, List<Unit>> children = new HashMap<>();
            versions.codes().map(unit -> on(unit, day))
                    .flatMap(Optional::stream).filter(unit -> unit.parent() != null)
                    .sorted(Comparator.comparing(unit -> unit.code().value()))
                    .forEach(unit -> children.computeIfAbsent(unit.parent(), p -> new ArrayList<>()).add(unit));
            return children;
        }).getOrDefault(code, List.of());
    }

    /** Its parent on the day, that parent's parent on the day, and so on to the top; nearest first. */
    public List<Unit> ancestors(UnitCode code, LocalDate day) {
        List<Unit> ancestors = new ArrayList<>();
        Set<UnitCode> seen = new LinkedHashSet<>(List.of(code));
        Optional<Unit> current = on(code, day);
        while (current.isPresent() && current.get().parent() != null && seen.add(current.get().parent())) {
            current = on(current.get().parent(), day);
            current.ifPresent(ancestors::add);
        }
        return ancestors;
    }

    /**
     * The grassroots organisation (đảng bộ cơ sở, chi bộ cơ sở) the unit belonged to on the day: itself if it was one,
     * else the nearest one above it; the unit itself when there is none (a unit above the grassroots level).
     */
    public UnitCode grassrootsOf(UnitCode unit, LocalDate day) {
        return remembered(grassroots, stretch(day), first -> new ConcurrentHashMap<>())
                .computeIfAbsent(unit, code -> {
                    if (on(code, day).map(found -> found.kind().isGrassroots()).orElse(false)) {
                        return code;
                    }
                    return ancestors(code, day).stream().filter(ancestor -> ancestor.kind().isGrassroots())
                            .findFirst().map(Unit::code).orElse(code);
                });
    }

    /** The units merged into this one, and those merged into them, and so on. */
    public Set<UnitCode> predecessors(UnitCode code) {
        Set<UnitCode> found = new LinkedHashSet<>();
        ArrayDeque<UnitCode> queue = new ArrayDeque<>(List.of(code));
        while (!queue.isEmpty()) {
            UnitCode next = queue.poll();
            for (UnitCode merged : mergedInto.getOrDefault(next, List.of())) {
                if (!merged.equals(code) && found.add(merged)) {
                    queue.add(merged);
                }
            }
        }
        return found;
    }

    /**
     * The units whose events of the day count for the root: it and everything beneath it that day (days before a
     * unit's first version counted under that version); empty when the root had closed by then.
     */
    public Set<UnitCode> subtreeOn(UnitCode root, LocalDate day) {
        if (counted(root, day).isEmpty()) {
            return Set.of();
        }
        return reach(root, remembered(countedChildren, stretch(day), first -> {
            Map<UnitCode, List<UnitCode>> children = new HashMap<>();
            versions.codes().forEach(code -> counted(code, day).filter(unit -> unit.parent() != null)
                    .ifPresent(unit -> children.computeIfAbsent(unit.parent(), p -> new ArrayList<>()).add(code)));
            return children;
        }));
    }

    /** The version a day's events count under: the day's, or before the first version the first; none once closed. */
    private Optional<Unit> counted(UnitCode code, LocalDate day) {
        Optional<Unit> on = on(code, day);
        if (on.isPresent() || closures.containsKey(code) && !day.isBefore(closures.get(code).on())) {
            return on;
        }
        return versions.of(code).stream().findFirst();
    }

    /**
     * The tree as each unit's last version draws it, closed units included under their last parent: what a question
     * without a date ("who is beneath this committee") means. Dated questions use {@link #subtree(UnitCode, LocalDate,
     * LocalDate)}.
     */
    public Set<UnitCode> subtreeAsLatest(UnitCode root) {
        if (!knows(root)) {
            return Set.of();
        }
        Map<UnitCode, List<UnitCode>> children = latestChildren;
        if (children == null) {
            children = new HashMap<>();
            for (Unit unit : latest()) {
                if (unit.parent() != null) {
                    children.computeIfAbsent(unit.parent(), p -> new ArrayList<>()).add(unit.code());
                }
            }
            latestChildren = children;
        }
        return reach(root, children);
    }

    /**
     * Which units count for the root on which days from {@code from} to {@code until} (exclusive): the root's subtree
     * of each day, plus, under the roll-up rule above, its predecessors' subtrees of the days before they merged into
     * it. Days on which nothing counts (before the root and its predecessors existed) are left out.
     */
    public List<Span> subtree(UnitCode root, LocalDate from, LocalDate until) {
        if (subtrees.size() > 4_096) {
            subtrees.clear();
        }
        return subtrees.computeIfAbsent(new SubtreeAsked(root, from, until),
                asked -> List.copyOf(spans(asked.root(), asked.from(), asked.until())));
    }

    private record SubtreeAsked(UnitCode root, LocalDate from, LocalDate until) {
    }

    private List<Span> spans(UnitCode root, LocalDate from, LocalDate until) {
        Set<UnitCode> lineage = new LinkedHashSet<>(List.of(root));
        lineage.addAll(predecessors(root));
        TreeSet<LocalDate> within = new TreeSet<>(cuts.subSet(from, true, until, true));
        within.add(from);
        within.add(until);
        List<LocalDate> bounds = List.copyOf(within);
        List<Span> spans = new ArrayList<>();
        for (int i = 0; i + 1 < bounds.size(); i++) {
            LocalDate day = bounds.get(i);
            Set<UnitCode> units = new LinkedHashSet<>();
            lineage.forEach(unit -> units.addAll(subtreeOn(unit, day)));
            if (units.isEmpty()) {
                continue;
            }
            Span last = spans.isEmpty() ? null : spans.getLast();
            if (last != null && last.until().equals(day) && last.units().equals(units)) {
                spans.set(spans.size() - 1, new Span(last.from(), bounds.get(i + 1), units));
            } else {
                spans.add(new Span(day, bounds.get(i + 1), units));
            }
        }
        return spans;
    }

    /** Whether a change would be sound, and if so the versions and closures that carry it out. */
    public HierarchyChange.Outcome decide(HierarchyChange change) {
        return new ChangeRules(this).decide(change);
    }

    private static Set<UnitCode> reach(UnitCode root, Map<UnitCode, List<UnitCode>> children) {
        Set<UnitCode> subtree = new LinkedHashSet<>();
        ArrayDeque<UnitCode> queue = new ArrayDeque<>(List.of(root));
        while (!queue.isEmpty()) {
            UnitCode next = queue.poll();
            if (subtree.add(next)) {
                queue.addAll(children.getOrDefault(next, List.of()));
            }
        }
        return subtree;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof UnitTree tree && versions.all().equals(tree.versions.all())
                && closures.equals(tree.closures);
    }

    @Override
    public int hashCode() {
        return Objects.hash(versions.all(), closures);
    }

    /**
     * Each unit's versions, oldest first: a map shared with older trees and the histories changed since it was last
     * copied. A change copies only those (at most a sixteenth of the units) rather than every unit's, and after a
     * sixteenth has changed, the whole map once; lookups ask the few changed first.
     */
    private record Histories(Map<UnitCode, List<Unit>> shared, Map<UnitCode, List<Unit>> changed) {

        List<Unit> of(UnitCode code) {
            List<Unit> history = changed.isEmpty() ? null : changed.get(code);
            return history != null ? history : shared.getOrDefault(code, List.of());
        }

        boolean knows(UnitCode code) {
            return shared.containsKey(code) || changed.containsKey(code);
        }

        Stream<UnitCode> codes() {
            return changed.isEmpty() ? shared.keySet().stream() : Stream.concat(
                    shared.keySet().stream().filter(code -> !changed.containsKey(code)), changed.keySet().stream());
        }

        Histories with(Map<UnitCode, List<Unit>> edited) {
            Map<UnitCode, List<Unit>> changedNow = new HashMap<>(changed);
            changedNow.putAll(edited);
            Histories next = new Histories(shared, changedNow);
            return changedNow.size() <= Math.max(8, shared.size() / 16) ? next : new Histories(next.all(), Map.of());
        }

        Map<UnitCode, List<Unit>> all() {
            if (changed.isEmpty()) {
                return shared;
            }
            Map<UnitCode, List<Unit>> all = new HashMap<>(shared);
            all.putAll(changed);
            return all;
        }
    }
}
