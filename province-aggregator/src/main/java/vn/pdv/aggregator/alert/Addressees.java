package vn.pdv.aggregator.alert;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.pdv.aggregator.hierarchy.Hierarchy;
import vn.pdv.aggregator.hierarchy.Unit;
import vn.pdv.aggregator.hierarchy.UnitCode;

/**
 * Who an alert about a unit is addressed to: the unit and its ancestors, nearest first, along the tree as it stands
 * now. The only place alerts read the hierarchy; when the tree becomes effective-dated, this is where "as of today"
 * goes.
 *
 * <p>A unit the tree does not know yet is addressed to itself alone; a cycle in bad data stops the walk.
 */
@Component
public class Addressees {

    private final Hierarchy hierarchy;

    Addressees(Hierarchy hierarchy) {
        this.hierarchy = hierarchy;
    }

    /** @param name what to call the unit if the tree does not know it */
    public List<Addressee> of(UnitCode unit, String name) {
        List<Addressee> chain = new ArrayList<>();
        Set<UnitCode> seen = new HashSet<>();
        Optional<Unit> next = hierarchy.find(unit);
        if (next.isEmpty()) {
            return List.of(new Addressee(unit, name));
        }
        while (next.isPresent() && seen.add(next.get().code())) {
            Unit found = next.get();
            chain.add(new Addressee(found.code(), found.name()));
            next = found.parent() == null ? Optional.empty() : hierarchy.find(found.parent());
        }
        return chain;
    }
}
