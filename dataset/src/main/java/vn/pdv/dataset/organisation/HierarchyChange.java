package vn.pdv.dataset.organisation;

import java.time.LocalDate;
import java.util.List;

/**
 * A change of the tree that no committee's event can say yet, so province staff make it through the aggregator's
 * {@code POST /api/hierarchy/changes}: a move (a unit to another parent, which only the province may make when the
 * unit leaves one committee's subtree for another's), a merge (the units close and become {@code into}, which takes
 * over their children) or a closure.
 */
public sealed interface HierarchyChange {

    LocalDate on();

    /** @param name, kind and parent open {@code into} with the merge if the aggregator does not know it yet */
    record Merge(List<UnitCode> units, UnitCode into, LocalDate on, String name, UnitKind kind, UnitCode parent)
            implements HierarchyChange {
        public Merge {
            units = List.copyOf(units);
        }
    }

    record Move(UnitCode unit, UnitCode parent, LocalDate on) implements HierarchyChange {
    }

    record Close(UnitCode unit, LocalDate on) implements HierarchyChange {
    }
}
