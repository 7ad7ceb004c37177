package vn.pdv.aggregator.dashboard.application;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import vn.pdv.aggregator.alert.application.AlertInbox;
import vn.pdv.aggregator.hierarchy.Hierarchy;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.plan.application.PlanLoader;

/**
 * What asks a unit's readers for attention, beside its figures: the alerts addressed to it (from {@link AlertInbox},
 * which the alert API lists from) and the warnings the plan imports found about it and the units beneath it on the
 * page's day (from {@link PlanLoader}, which the plan API lists from). Not part of the live region: an alert is read
 * and acknowledged, not watched.
 */
@Service
public class UnitNotices {

    /** The newest alerts a page lists; older ones stay in the alert API. */
    static final int ALERTS_SHOWN = 20;

    /** @param alerts newest first, each with the unit's acknowledgement if any */
    public record Notices(List<AlertInbox.Received> alerts, List<PlanLoader.Listed> planWarnings) {
    }

    private final AlertInbox inbox;
    private final PlanLoader plans;
    private final Hierarchy hierarchy;

    UnitNotices(AlertInbox inbox, PlanLoader plans, Hierarchy hierarchy) {
        this.inbox = inbox;
        this.plans = plans;
        this.hierarchy = hierarchy;
    }

    public Notices of(UnitCode unit, LocalDate asOf) {
        return new Notices(inbox.latest(unit, ALERTS_SHOWN),
                plans.warningsFor(unit, hierarchy.tree().subtreeOn(unit, asOf)));
    }
}
