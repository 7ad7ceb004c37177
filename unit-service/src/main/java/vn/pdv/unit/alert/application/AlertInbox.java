package vn.pdv.unit.alert.application;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import vn.pdv.unit.CommitteeProperties;
import vn.pdv.unit.alert.Alert;
import vn.pdv.unit.alert.AlertId;
import vn.pdv.unit.alert.Alerts;
import vn.pdv.unit.alert.Receipt;
import vn.pdv.unit.organisation.UnitCode;
import vn.pdv.unit.organisation.Units;

/**
 * Keeps the aggregator's alerts that concern this committee: those addressed to the committee itself or to any unit
 * it manages. Every committee reads the whole alerts topic and picks its own, since an alert is addressed to a unit
 * and all its ancestors.
 *
 * <p>Limit: a unit is recognised only once it is registered here; an alert about a unit registered later is not
 * picked up again.
 */
@Service
public class AlertInbox {

    private final Alerts alerts;
    private final Units units;
    private final UnitCode committee;
    private final Clock clock;

    @Autowired
    AlertInbox(Alerts alerts, Units units, CommitteeProperties committee, Clock clock) {
        this(alerts, units, new UnitCode(committee.code()), clock);
    }

    AlertInbox(Alerts alerts, Units units, UnitCode committee, Clock clock) {
        this.alerts = alerts;
        this.units = units;
        this.committee = committee;
        this.clock = clock;
    }

    public Receipt receive(Alert alert, Collection<UnitCode> addressedTo) {
        if (addressedTo.stream().noneMatch(this::manages)) {
            return Receipt.NOT_OURS;
        }
        return alerts.saveIfNew(alert) ? Receipt.KEPT : Receipt.ALREADY_KEPT;
    }

    public List<Alert> newestFirst(boolean unacknowledgedOnly) {
        return alerts.newestFirst(unacknowledgedOnly);
    }

    /** The alert as acknowledged, or empty when there is no such alert. */
    public Optional<Alert> acknowledge(AlertId id, String by) {
        if (!alerts.acknowledge(id, by, clock.instant())) {
            return Optional.empty();
        }
        return alerts.find(id);
    }

    private boolean manages(UnitCode unit) {
        return unit.equals(committee) || units.find(unit).isPresent();
    }
}
