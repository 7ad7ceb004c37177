package vn.pdv.aggregator.hierarchy.application;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import vn.pdv.aggregator.hierarchy.Closure;
import vn.pdv.aggregator.hierarchy.Hierarchy;
import vn.pdv.aggregator.hierarchy.HierarchyChange;
import vn.pdv.aggregator.hierarchy.Unit;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.hierarchy.UnitTree;

/**
 * Carries out the changes province staff make to the tree: the tree as it stands decides ({@link UnitTree#decide}),
 * and only an accepted change is written. Two staff changing the same unit at once are not serialised: each is
 * decided on the tree it read, and the later write for a unit and day wins.
 */
@Service
public class HierarchyEditor {

    private final Hierarchy hierarchy;

    HierarchyEditor(Hierarchy hierarchy) {
        this.hierarchy = hierarchy;
    }

    /** @return the versions and closures written, or why nothing was */
    public HierarchyChange.Outcome make(HierarchyChange change) {
        return makeAll(List.of(change));
    }

    /**
     * Carries out a reorganisation as one decision: each change decided on the tree the ones before it left, and
     * written only if every one is sound, together. A province's July 2025 reorganisation is thousands of changes
     * (moves, merges, closures), most on one day; one request each costs the API's own work thousands of times.
     *
     * @return every version and closure written (a later one of the same unit and day in place of an earlier), or the
     *         first change refused, its problems' fields named {@code changes[i].field}, and nothing written
     */
    public HierarchyChange.Outcome makeAll(List<HierarchyChange> changes) {
        UnitTree tree = hierarchy.tree();
        Map<String, Unit> versions = new LinkedHashMap<>();
        Map<UnitCode, Closure> closures = new LinkedHashMap<>();
        for (int at = 0; at < changes.size(); at++) {
            switch (tree.decide(changes.get(at))) {
                case HierarchyChange.Accepted accepted -> {
                    accepted.versions().forEach(version -> versions.put(version.code() + "|" + version.effectiveFrom(),
                            version));
                    accepted.closures().forEach(closure -> closures.put(closure.unit(), closure));
                    tree = tree.with(accepted.versions(), accepted.closures());
                }
                case HierarchyChange.Refused refused -> {
                    return changes.size() == 1 ? refused : numbered(at, refused);
                }
            }
        }
        HierarchyChange.Accepted all = new HierarchyChange.Accepted(List.copyOf(versions.values()),
                List.copyOf(closures.values()));
        hierarchy.apply(all);
        return all;
    }

    private static HierarchyChange.Refused numbered(int at, HierarchyChange.Refused refused) {
        return new HierarchyChange.Refused(refused.problems().stream().map(problem -> new HierarchyChange.Problem(
                "changes[" + at + "]." + problem.field(), problem.rule(),
                "Thay đổi thứ " + (at + 1) + ": " + problem.vietnamese(),
                "Change " + (at + 1) + ": " + problem.english())).toList());
    }
}
