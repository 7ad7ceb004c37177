package vn.pdv.aggregator.alert.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.pdv.aggregator.alert.Addressee;
import vn.pdv.aggregator.hierarchy.Hierarchy;
import vn.pdv.aggregator.hierarchy.Unit;
import vn.pdv.aggregator.hierarchy.UnitCode;

/**
 * Who an alert about a unit is addressed to: the unit and its ancestors, nearest first, along the tree as it stood on
 * the day the unit was judged. The only place alerts read the hierarchy. A unit the tree does not know on that day is
 * addressed to itself alone.
 */
@Component
public class Addressees {

    private final Hierarchy hierarchy;

    Addressees(Hierarchy hierarchy) {
        this.hierarchy = hierarchy;
    }

    /** @param name what to call the unit if the tree does not know it */
    public List<Addressee> of(UnitCode unit, String name, LocalDate on) {
        Optional<Unit> found = hierarchy.find(unit, on);
        if (found.isEmpty()) {
            return List.of(new Addressee(unit, name));
        }
        List<Addressee> chain = new ArrayList<>(List.of(new Addressee(unit, found.get().name())));
        hierarchy.ancestors(unit, on).forEach(ancestor -> chain.add(new Addressee(ancestor.code(), ancestor.name())));
        return chain;
    }
}
