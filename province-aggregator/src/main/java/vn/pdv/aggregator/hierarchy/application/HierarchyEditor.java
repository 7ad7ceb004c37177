package vn.pdv.aggregator.hierarchy.application;

import org.springframework.stereotype.Service;
import vn.pdv.aggregator.hierarchy.Hierarchy;
import vn.pdv.aggregator.hierarchy.HierarchyChange;
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
        HierarchyChange.Outcome outcome = hierarchy.tree().decide(change);
        if (outcome instanceof HierarchyChange.Accepted accepted) {
            hierarchy.apply(accepted);
        }
        return outcome;
    }
}
