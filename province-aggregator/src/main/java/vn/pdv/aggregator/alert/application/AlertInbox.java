package vn.pdv.aggregator.alert.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.pdv.aggregator.alert.Acknowledgement;
import vn.pdv.aggregator.alert.Acknowledgements;
import vn.pdv.aggregator.alert.Alert;
import vn.pdv.aggregator.alert.AlertId;
import vn.pdv.aggregator.alert.Alerts;
import vn.pdv.aggregator.hierarchy.UnitCode;

/**
 * A unit's alerts as its readers see them (the API's list and the dashboard's), with whether the unit has acknowledged
 * each. Who may acknowledge is {@link vn.pdv.aggregator.web.ProvinceAccess}'s question, asked before this is called.
 */
@Service
public class AlertInbox {

    /** An alert addressed to the unit; {@code acknowledged} empty while the unit has not. */
    public record Received(Alert alert, Optional<Acknowledgement> acknowledged) {
    }

    /** What an acknowledgement did; a business "no" is a value. */
    public enum Outcome { ACKNOWLEDGED, ALREADY_ACKNOWLEDGED, NOT_ADDRESSED_TO_UNIT }

    private final Alerts alerts;
    private final Acknowledgements acknowledgements;
    private final Clock clock;

    AlertInbox(Alerts alerts, Acknowledgements acknowledgements, Clock clock) {
        this.alerts = alerts;
        this.acknowledgements = acknowledgements;
        this.clock = clock;
    }

    /** Alerts addressed to the unit raised at or after {@code since}, newest first, at most {@code limit}. */
    public List<Alert> addressedTo(UnitCode unit, Instant since, int limit) {
        return alerts.addressedTo(unit, since, limit);
    }

    /** The newest alerts addressed to the unit, each with the unit's acknowledgement if any. */
    public List<Received> latest(UnitCode unit, int limit) {
        List<Alert> found = alerts.addressedTo(unit, Instant.EPOCH, limit);
        Map<AlertId, Acknowledgement> seen = acknowledgements.of(unit, found.stream().map(Alert::id).toList());
        return found.stream().map(alert -> new Received(alert, Optional.ofNullable(seen.get(alert.id())))).toList();
    }

    /** The unit says it has seen the alert; only an alert addressed to it can be. */
    public Outcome acknowledge(AlertId alert, UnitCode unit, String by) {
        Optional<Alert> found = alerts.find(alert);
        if (found.isEmpty() || !found.get().addressedTo().contains(unit)) {
            return Outcome.NOT_ADDRESSED_TO_UNIT;
        }
        return acknowledgements.add(new Acknowledgement(alert, unit, by, clock.instant()))
                ? Outcome.ACKNOWLEDGED : Outcome.ALREADY_ACKNOWLEDGED;
    }
}
