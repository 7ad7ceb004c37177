package vn.pdv.aggregator.hierarchy;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.pdv.aggregator.Origin;

/**
 * The organisation tree as the units have registered it.
 *
 * <p>Known limit: it keeps the current tree only; effective-dated history (so 2024 adds up the way the
 * 2024 tree did across a merge) comes with the hierarchy work of the aggregator issue.
 */
public interface Hierarchy {

    /**
     * Records a unit's registration; a later event from the same log replaces an earlier one, an
     * older or repeated one changes nothing.
     */
    void register(Origin origin, Unit unit);

    Optional<Unit> find(UnitCode code);

    Collection<Unit> all();

    /** The unit and everything beneath it; empty when the unit is unknown. */
    default Set<UnitCode> subtree(UnitCode root) {
        Map<UnitCode, List<UnitCode>> children = new HashMap<>();
        for (Unit unit : all()) {
            if (unit.parent() != null) {
                children.computeIfAbsent(unit.parent(), parent -> new java.util.ArrayList<>()).add(unit.code());
            }
        }
        Set<UnitCode> subtree = new LinkedHashSet<>();
        if (find(root).isEmpty()) {
            return subtree;
        }
        ArrayDeque<UnitCode> queue = new ArrayDeque<>(List.of(root));
        while (!queue.isEmpty()) {
            UnitCode next = queue.poll();
            if (subtree.add(next)) {
                queue.addAll(children.getOrDefault(next, List.of()));
            }
        }
        return subtree;
    }
}
