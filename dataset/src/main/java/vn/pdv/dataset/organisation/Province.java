package vn.pdv.dataset.organisation;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import vn.pdv.dataset.Shape;

/**
 * One province's organisation, before and after the reorganisation of 1 July 2025, drawn from the seed.
 *
 * <p>Before: the province; its districts, each with its communes (grassroots committees with a hamlet branch per
 * village) and its other grassroots organisations; its blocs. Each district and bloc keeps a log (it decides its
 * organisations' admissions). After: the districts closed, each new commune formed from two or more old ones of one
 * district, taking their hamlet branches and some of the district's organisations; a few branches moved from one
 * grassroots committee to another. Each new commune and bloc keeps a log; the province keeps one throughout.
 */
public final class Province {

    /** The day districts were abolished and communes merged (Quy định 294-QĐ/TW, effective 1 July 2025). */
    public static final LocalDate REORGANISATION = LocalDate.of(2025, 7, 1);

    private static final double BLOC_SHARE = 0.2;
    private static final double HAMLET_SHARE = 0.45;
    private static final double MOVED_IN_JULY = 0.03;

    private record Node(UnitCode code, String name, UnitKind kind) {
    }

    private final UnitCode code;
    private final Map<UnitCode, Node> nodes = new LinkedHashMap<>();
    private final Map<UnitCode, UnitCode> parentBefore = new LinkedHashMap<>();
    private final Map<UnitCode, UnitCode> parentAfter = new LinkedHashMap<>();
    private final List<Branch> branches = new ArrayList<>();
    private final Set<UnitCode> moved = new LinkedHashSet<>();
    private final List<HierarchyChange> changes = new ArrayList<>();
    private final List<UnitCode> districts = new ArrayList<>();
    private final List<UnitCode> blocs = new ArrayList<>();
    private final List<UnitCode> communes = new ArrayList<>();
    private final Map<UnitCode, UnitCode> committeeBefore = new LinkedHashMap<>();
    private final Map<UnitCode, UnitCode> committeeAfter = new LinkedHashMap<>();
    private final Map<Boolean, Map<UnitCode, List<UnitCode>>> childrenCache = new HashMap<>();
    private final Map<Boolean, Map<UnitCode, Integer>> membersCache = new HashMap<>();

    private Province(UnitCode code) {
        this.code = code;
    }

    public static Province build(String code, Shape shape, SplittableRandom random) {
        Province province = new Province(new UnitCode(code));
        province.draw(shape, random);
        return province;
    }

    private void draw(Shape shape, SplittableRandom random) {
        Names names = new Names(random);
        add(code, "Đảng bộ tỉnh " + names.place(), UnitKind.PROVINCE_COMMITTEE, null, null, true, true);
        for (int b = 0; b < shape.blocs(); b++) {
            UnitCode bloc = code("K", b + 1, 1);
            add(bloc, names.bloc(b), UnitKind.BLOC_COMMITTEE, code, code, true, true);
            blocs.add(bloc);
        }
        for (int d = 0; d < shape.districts(); d++) {
            UnitCode district = code("H", d + 1, 2);
            add(district, "Đảng bộ huyện " + names.place(), UnitKind.DISTRICT_COMMITTEE, code, null, true, false);
            districts.add(district);
        }
        List<UnitCode> oldCommunes = new ArrayList<>();
        Map<UnitCode, UnitCode> newCommuneOf = new LinkedHashMap<>();
        int oldNumber = 0;
        int newNumber = 0;
        for (int d = 0; d < shape.districts(); d++) {
            UnitCode district = districts.get(d);
            List<UnitCode> olds = new ArrayList<>();
            for (int i = 0; i < share(shape.oldCommunes(), shape.districts(), d); i++) {
                UnitCode old = code("X", ++oldNumber, 3);
                add(old, "Đảng bộ xã " + names.place(), UnitKind.GRASSROOTS_COMMITTEE, district, null, true, false);
                olds.add(old);
            }
            oldCommunes.addAll(olds);
            int news = share(shape.communes(), shape.districts(), d);
            int[] sizes = groupSizes(olds.size(), news, random);
            int next = 0;
            for (int n = 0; n < news; n++) {
                UnitCode commune = code("C", ++newNumber, 3);
                String name = "Đảng bộ xã " + names.place();
                add(commune, name, UnitKind.DISTRICT_COMMITTEE, null, code, false, true);
                communes.add(commune);
                List<UnitCode> merged = olds.subList(next, next + sizes[n]);
                merged.forEach(old -> newCommuneOf.put(old, commune));
                changes.add(new HierarchyChange.Merge(merged, commune, REORGANISATION, name, UnitKind.DISTRICT_COMMITTEE, code));
                next += sizes[n];
            }
        }
        districts.forEach(district -> changes.add(new HierarchyChange.Close(district, REORGANISATION)));

        List<UnitCode> committees = new ArrayList<>();
        int inBlocs = blocs.isEmpty() ? 0 : (int) Math.round(shape.grassroots() * BLOC_SHARE);
        for (int g = 0; g < shape.grassroots(); g++) {
            boolean inBloc = g < inBlocs;
            UnitKind kind = random.nextDouble() < (inBloc ? 0.5 : 0.4) ? UnitKind.GRASSROOTS_COMMITTEE
                    : UnitKind.GRASSROOTS_BRANCH;
            UnitCode organisation = code("G", g + 1, 4);
            UnitCode before;
            UnitCode after;
            if (inBloc) {
                before = blocs.get(g % blocs.size());
                after = before;
            } else {
                after = communes.get((g - inBlocs) % communes.size());
                before = districtOf(after, newCommuneOf);
            }
            add(organisation, names.organisation(kind, inBloc), kind, before, after, true, true);
            if (kind == UnitKind.GRASSROOTS_COMMITTEE) {
                committees.add(organisation);
            } else {
                branches.add(new Branch(organisation, 5 + random.nextInt(31), true));
            }
        }

        int hamlets = committees.isEmpty() ? shape.branches() : (int) Math.round(shape.branches() * HAMLET_SHARE);
        int[] perCommune = spread(hamlets, oldCommunes.size(), random);
        int number = 0;
        for (int c = 0; c < oldCommunes.size(); c++) {
            UnitCode old = oldCommunes.get(c);
            for (int h = 0; h < perCommune[c]; h++) {
                UnitCode branch = code("B", ++number, 5);
                add(branch, "Chi bộ thôn " + names.place(), UnitKind.SUBORDINATE_BRANCH, old, newCommuneOf.get(old),
                        true, true);
                branches.add(new Branch(branch, 15 + random.nextInt(46), false));
            }
        }
        int[] perCommittee = spread(shape.branches() - hamlets, committees.size(), random);
        for (int c = 0; c < committees.size(); c++) {
            UnitCode committee = committees.get(c);
            for (int k = 0; k < perCommittee[c]; k++) {
                UnitCode branch = code("B", ++number, 5);
                UnitCode after = committee;
                if (random.nextDouble() < MOVED_IN_JULY) {
                    List<UnitCode> others = committees.stream().filter(other -> !other.equals(committee)
                            && parentAfter.get(other).equals(parentAfter.get(committee))).toList();
                    if (!others.isEmpty()) {
                        after = others.get(random.nextInt(others.size()));
                        moved.add(branch);
                    }
                }
                add(branch, "Chi bộ số " + (k + 1), UnitKind.SUBORDINATE_BRANCH, committee, after, true, true);
                branches.add(new Branch(branch, 5 + random.nextInt(26), true));
            }
        }
        for (Branch branch : branches) {
            committeeBefore.put(branch.code(), committeeAbove(branch.code(), parentBefore));
            committeeAfter.put(branch.code(), committeeAbove(branch.code(), parentAfter));
        }
        changes.addAll(0, staffMoves());
    }

    /**
     * The units the province moves on 1 July 2025, before the merges (so that the merges and closures leave no unit
     * behind): every unit whose parent changes, except within a bloc, whose committee moves its own branches in its
     * log. A new commune may not move them itself: on that day they stood under a district or an old commune, outside
     * its subtree.
     */
    private List<HierarchyChange> staffMoves() {
        Set<UnitCode> inBlocs = new HashSet<>();
        blocs.forEach(bloc -> inBlocs.addAll(subtree(bloc, true)));
        List<HierarchyChange> moves = new ArrayList<>();
        parentBefore.forEach((unit, before) -> {
            UnitCode after = parentAfter.get(unit);
            if (parentAfter.containsKey(unit) && !Objects.equals(before, after) && !inBlocs.contains(unit)) {
                moves.add(new HierarchyChange.Move(unit, after, REORGANISATION));
            }
        });
        return moves;
    }

    private void add(UnitCode unit, String name, UnitKind kind, UnitCode before, UnitCode after, boolean existedBefore,
                     boolean existsAfter) {
        nodes.put(unit, new Node(unit, name, kind));
        if (existedBefore) {
            parentBefore.put(unit, before);
        }
        if (existsAfter) {
            parentAfter.put(unit, after);
        }
    }

    private UnitCode code(String level, int number, int digits) {
        return new UnitCode(code.value() + "-" + level + String.format("%0" + digits + "d", number));
    }

    private UnitCode districtOf(UnitCode commune, Map<UnitCode, UnitCode> newCommuneOf) {
        return newCommuneOf.entrySet().stream().filter(entry -> entry.getValue().equals(commune))
                .map(entry -> parentBefore.get(entry.getKey())).findFirst().orElseThrow();
    }

    private UnitCode committeeAbove(UnitCode unit, Map<UnitCode, UnitCode> parents) {
        UnitCode current = parents.get(unit);
        while (current != null) {
            UnitKind kind = nodes.get(current).kind();
            if (kind == UnitKind.DISTRICT_COMMITTEE || kind == UnitKind.BLOC_COMMITTEE) {
                return current;
            }
            current = parents.get(current);
        }
        throw new IllegalStateException(unit + " has no district, commune or bloc above it");
    }

    /** The part of {@code total} the {@code index}-th of {@code parts} gets, the remainder going to the first. */
    private static int share(int total, int parts, int index) {
        return total / parts + (index < total % parts ? 1 : 0);
    }

    /** Sizes of {@code groups} groups, at least one each, adding up to {@code total}, uneven (a merge of 2, 3, 4…). */
    private static int[] groupSizes(int total, int groups, SplittableRandom random) {
        int[] sizes = new int[groups];
        for (int g = 0; g < groups; g++) {
            sizes[g] = share(total, groups, g);
        }
        for (int move = 0; move < groups; move++) {
            int from = random.nextInt(groups);
            int to = random.nextInt(groups);
            if (from != to && sizes[from] > 2) {
                sizes[from]--;
                sizes[to]++;
            }
        }
        return sizes;
    }

    /** {@code total} items over {@code bins}, at least one each when there are enough, unevenly. */
    private static int[] spread(int total, int bins, SplittableRandom random) {
        int[] counts = new int[bins];
        if (bins == 0) {
            return counts;
        }
        double[] cumulative = new double[bins];
        double sum = 0;
        for (int b = 0; b < bins; b++) {
            sum += 0.4 + random.nextDouble() * 1.2;
            cumulative[b] = sum;
        }
        int left = total;
        if (total >= bins) {
            Arrays.fill(counts, 1);
            left -= bins;
        }
        for (int i = 0; i < left; i++) {
            double at = random.nextDouble() * sum;
            int b = Arrays.binarySearch(cumulative, at);
            counts[b < 0 ? Math.min(bins - 1, -b - 1) : b]++;
        }
        return counts;
    }

    // ---- questions

    public UnitCode code() {
        return code;
    }

    public String name(UnitCode unit) {
        return nodes.get(unit).name();
    }

    public UnitKind kind(UnitCode unit) {
        return nodes.get(unit).kind();
    }

    /** Where candidates are: every subordinate and grassroots branch, in a fixed order. */
    public List<Branch> branches() {
        return Collections.unmodifiableList(branches);
    }

    public List<UnitCode> districts() {
        return Collections.unmodifiableList(districts);
    }

    public List<UnitCode> blocs() {
        return Collections.unmodifiableList(blocs);
    }

    public List<UnitCode> communes() {
        return Collections.unmodifiableList(communes);
    }

    /** The committees keeping a log before the reorganisation (province, districts, blocs) or after it. */
    public List<UnitCode> committees(boolean after) {
        List<UnitCode> committees = new ArrayList<>(List.of(code));
        committees.addAll(after ? communes : districts);
        committees.addAll(blocs);
        return committees;
    }

    /** The committee whose log records a step at this branch on this day. */
    public UnitCode committeeOf(UnitCode branch, LocalDate day) {
        return (day.isBefore(REORGANISATION) ? committeeBefore : committeeAfter).get(branch);
    }

    /** The units directly under the province, as the tree stood before or after. */
    public List<UnitCode> topLevel(boolean after) {
        return children(after).getOrDefault(code, List.of());
    }

    /** The unit's parent before or after; null for the province, or a unit that did not exist then. */
    public UnitCode parent(UnitCode unit, boolean after) {
        return (after ? parentAfter : parentBefore).get(unit);
    }

    public boolean existed(UnitCode unit, boolean after) {
        return (after ? parentAfter : parentBefore).containsKey(unit);
    }

    /** The unit and everything beneath it, parents before their children. */
    public List<UnitCode> subtree(UnitCode root, boolean after) {
        Map<UnitCode, List<UnitCode>> children = children(after);
        List<UnitCode> subtree = new ArrayList<>();
        ArrayDeque<UnitCode> queue = new ArrayDeque<>(List.of(root));
        while (!queue.isEmpty()) {
            UnitCode next = queue.poll();
            subtree.add(next);
            queue.addAll(children.getOrDefault(next, List.of()));
        }
        return subtree;
    }

    /** The official members of the branches in the unit's subtree (itself included): what its quotas are sized by. */
    public int members(UnitCode unit, boolean after) {
        return membersCache.computeIfAbsent(after, key -> {
            Map<UnitCode, Integer> members = new HashMap<>();
            Map<UnitCode, UnitCode> parents = after ? parentAfter : parentBefore;
            for (Branch branch : branches) {
                for (UnitCode at = branch.code(); at != null; at = parents.get(at)) {
                    members.merge(at, branch.officialMembers(), Integer::sum);
                }
            }
            return members;
        }).getOrDefault(unit, 0);
    }

    /** Every unit's version from {@code from}, by the tree before or after, parents first. */
    public List<Unit> versions(List<UnitCode> units, boolean after, LocalDate from) {
        return units.stream().map(unit -> unit(unit, parent(unit, after), from)).toList();
    }

    /** The branches that moved from one grassroots committee to another on 1 July 2025. */
    public Set<UnitCode> moved() {
        return Collections.unmodifiableSet(moved);
    }

    /** What staff must do through the aggregator's API for the reorganisation: moves, then merges, then closures. */
    public List<HierarchyChange> changes() {
        return Collections.unmodifiableList(changes);
    }

    /** How many units of each kind existed before or after. */
    public Map<UnitKind, Integer> census(boolean after) {
        Map<UnitKind, Integer> census = new EnumMap<>(UnitKind.class);
        (after ? parentAfter : parentBefore).keySet().forEach(unit -> census.merge(kind(unit), 1, Integer::sum));
        return census;
    }

    private Unit unit(UnitCode unit, UnitCode parent, LocalDate from) {
        Node node = nodes.get(unit);
        return new Unit(unit, node.name(), node.kind(), parent, from);
    }

    private Map<UnitCode, List<UnitCode>> children(boolean after) {
        return childrenCache.computeIfAbsent(after, key -> {
            Map<UnitCode, List<UnitCode>> children = new LinkedHashMap<>();
            (after ? parentAfter : parentBefore).forEach((unit, parent) -> {
                if (parent != null) {
                    children.computeIfAbsent(parent, p -> new ArrayList<>()).add(unit);
                }
            });
            return children;
        });
    }
}
