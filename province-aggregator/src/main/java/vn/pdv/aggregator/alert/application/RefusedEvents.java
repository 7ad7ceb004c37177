package vn.pdv.aggregator.alert.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.pdv.aggregator.alert.Alert;
import vn.pdv.aggregator.alert.AlertId;
import vn.pdv.aggregator.alert.Alerts;
import vn.pdv.aggregator.alert.Message;
import vn.pdv.aggregator.hierarchy.Hierarchy;
import vn.pdv.aggregator.hierarchy.Unit;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.hierarchy.UnitTree;

/**
 * Tells the province's administrators that a committee's record was refused (unsigned, forged, outside its
 * authority): an alert addressed to the province, the top of the tree above the committee the record claims to come
 * from (every top unit when the tree does not know it), delivered like any other alert (the alerts topic, and the
 * province's registered e-mail addresses and webhooks). One per committee, reason and day.
 */
@Service
public class RefusedEvents {

    private static final Logger LOG = LoggerFactory.getLogger(RefusedEvents.class);

    private final Alerting alerting;
    private final Alerts alerts;
    private final Hierarchy hierarchy;
    private final Clock clock;

    RefusedEvents(Alerting alerting, Alerts alerts, Hierarchy hierarchy, Clock clock) {
        this.alerting = alerting;
        this.alerts = alerts;
        this.hierarchy = hierarchy;
        this.clock = clock;
    }

    /**
     * @param committee the committee whose log the record claims (its key)
     * @param reason    the refusal's code, e.g. {@code bad-signature}
     * @param where     the record's place, e.g. {@code pdv.unit-events-3@1207}
     * @return the alert's id (raised now, or earlier today for the same committee and reason)
     */
    public AlertId raise(UnitCode committee, String reason, String reasonVi, String reasonEn, String detail,
                         String where) {
        Instant at = clock.instant();
        LocalDate today = LocalDate.now(clock);
        Message message = new Message(
                "Sự kiện của " + committee.value() + " bị từ chối, không được ghi nhận: " + reasonVi + ".\n"
                        + detail + "\nBản ghi nằm ở hàng đợi thư chết (pdv.unit-events.DLT), vị trí gốc " + where + ".",
                "An event of " + committee.value() + " was refused and not applied: " + reasonEn + ".\n"
                        + detail + "\nThe record is on the dead-letter topic (pdv.unit-events.DLT), from " + where + ".");
        Alert alert = alerting.eventRefused(committee, province(committee, today), reason, message, today, at);
        if (alerts.add(alert)) {
            LOG.warn("Refused a record of {} at {}: {} ({})", committee.value(), where, reason, detail);
        }
        return alert.id();
    }

    private List<UnitCode> province(UnitCode committee, LocalDate on) {
        UnitTree tree = hierarchy.tree();
        Optional<Unit> known = tree.on(committee, on).or(() -> tree.latest(committee));
        if (known.isPresent()) {
            List<Unit> ancestors = tree.ancestors(committee, on);
            return List.of(ancestors.isEmpty() ? committee : ancestors.getLast().code());
        }
        List<UnitCode> tops = new ArrayList<>();
        tree.latest().stream().filter(unit -> unit.parent() == null).map(Unit::code).forEach(tops::add);
        return tops;
    }
}
