package vn.pdv.aggregator.dashboard.web;

import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.pdv.aggregator.hierarchy.Hierarchy;
import vn.pdv.aggregator.hierarchy.Unit;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.hierarchy.UnitTree;
import vn.pdv.aggregator.intake.application.FiguresChanged;
import vn.pdv.common.ui.live.LiveUpdates;

/**
 * Tells the open pages of every unit whose figures a batch changed (the units it touched and all above them, in
 * every version of the tree, since a step counts where its branch stood on its day) to fetch their figures again.
 * {@link LiveUpdates} coalesces a burst and pushes on its own thread, so the intake never waits for a browser.
 *
 * <p>The tree is read once per applied batch while some page is open, and not at all otherwise: a replay of the topic
 * then costs the intake nothing here.
 */
@Component
class LiveFigures {

    private final Hierarchy hierarchy;
    private final LiveUpdates live;

    LiveFigures(Hierarchy hierarchy, LiveUpdates live) {
        this.hierarchy = hierarchy;
        this.live = live;
    }

    @EventListener
    void on(FiguresChanged changed) {
        if (changed.units().isEmpty() || !live.anyOpen()) {
            return;
        }
        UnitTree tree = hierarchy.tree();
        Set<UnitCode> shown = new LinkedHashSet<>(changed.units());
        for (UnitCode unit : changed.units()) {
            for (Unit version : tree.history(unit)) {
                tree.ancestors(unit, version.effectiveFrom()).forEach(above -> shown.add(above.code()));
            }
        }
        shown.forEach(unit -> live.changed(unit.value()));
    }
}
