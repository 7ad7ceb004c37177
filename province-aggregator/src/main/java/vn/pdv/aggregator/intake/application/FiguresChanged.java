package vn.pdv.aggregator.intake.application;

import java.util.Set;
import vn.pdv.aggregator.hierarchy.UnitCode;

/**
 * A batch of events was applied: the figures of these units (and so of every unit above them) may have changed. An
 * application event, published after the batch is written, so a listener reads what the batch left.
 *
 * @param units the units the batch registered, assigned quotas to or recorded steps at; empty when it only noted
 *              receipt (the completeness figures still changed)
 */
public record FiguresChanged(Set<UnitCode> units) {

    public FiguresChanged {
        units = Set.copyOf(units);
    }
}
