package vn.pdv.aggregator.fulfilment.application;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import vn.pdv.aggregator.fulfilment.PipelineStock;
import vn.pdv.aggregator.fulfilment.Stage;
import vn.pdv.aggregator.hierarchy.Closure;
import vn.pdv.aggregator.hierarchy.Hierarchy;
import vn.pdv.aggregator.hierarchy.Span;
import vn.pdv.aggregator.hierarchy.Unit;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.hierarchy.UnitTree;
import vn.pdv.aggregator.plan.UnitsWithoutSources;

/**
 * The pipeline that must fill the quotas still open: candidates {@link Stage#BEFORE_ADMISSION}, counted over a unit's
 * subtree as the tree stands on a day. Statuses ask how thick it is; plan imports ask which units have none.
 *
 * <p>Known limit: the stock is the one standing now, whatever day is asked about.
 */
@Service
public class PipelineCoverage implements UnitsWithoutSources {

    private final Hierarchy hierarchy;
    private final PipelineStock stock;

    PipelineCoverage(Hierarchy hierarchy, PipelineStock stock) {
        this.hierarchy = hierarchy;
        this.stock = stock;
    }

    /** The candidates short of admission in the unit's subtree as it stood on the day. */
    public long beforeAdmission(UnitTree tree, UnitCode unit, LocalDate on) {
        Set<UnitCode> subtree = tree.subtree(unit, on, on.plusDays(1)).stream().findFirst()
                .map(Span::units).orElse(Set.of(unit));
        return stock.beforeAdmission(subtree);
    }

    /**
     * Every unit standing on the day with no candidate short of admission beneath it: each unit holding some counts
     * for itself and for every unit above it (a unit closed since counts where its successor stands).
     */
    @Override
    public Set<UnitCode> on(LocalDate day) {
        UnitTree tree = hierarchy.tree();
        Set<UnitCode> withSources = new HashSet<>();
        for (UnitCode holding : stock.beforeAdmissionByUnit().keySet()) {
            standing(tree, holding, day).ifPresent(unit -> {
                withSources.add(unit);
                tree.ancestors(unit, day).forEach(ancestor -> withSources.add(ancestor.code()));
            });
        }
        return tree.latest().stream().map(Unit::code)
                .filter(code -> tree.on(code, day).isPresent() && !withSources.contains(code))
                .collect(Collectors.toSet());
    }

    /** The unit itself if it stands on the day, else the successor it was merged into, if that does. */
    private static Optional<UnitCode> standing(UnitTree tree, UnitCode unit, LocalDate day) {
        UnitCode at = unit;
        for (int hops = 0; hops < 100 && at != null; hops++) {
            if (tree.on(at, day).isPresent()) {
                return Optional.of(at);
            }
            at = tree.closure(at).map(Closure::successor).orElse(null);
        }
        return Optional.empty();
    }
}
