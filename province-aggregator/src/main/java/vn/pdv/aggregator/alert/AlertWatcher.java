package vn.pdv.aggregator.alert;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import vn.pdv.aggregator.status.Statuses;
import vn.pdv.aggregator.status.UnitStatus;

/**
 * Watches statuses for changes: judges every unit as of today (in {@code zone}), compares each judgement with the
 * last one recorded, raises an alert where {@link ChangeRule} says the change is news, records the new status, and
 * then delivers whatever is due.
 *
 * <p>Safe with several instances watching at once, without transactions: the alert is inserted first under an id
 * fixed by the key, the version it makes and the new status, so the same change noticed twice is one alert; the
 * status is then recorded only over the version it was compared with. A crash in between leaves the old status
 * recorded, so the next check notices the change again and its insert finds the alert already there.
 *
 * <p>Until an implementation of {@link Statuses} is present there is nothing to judge, and a check only delivers.
 */
@Service
public class AlertWatcher {

    /** What one check did. */
    public record Check(int judged, int changed, int raised, int delivered) {
    }

    private final ObjectProvider<Statuses> statuses;
    private final LastStatuses lastStatuses;
    private final Alerts alerts;
    private final Alerting alerting;
    private final AlertDeliveries deliveries;
    private final AlertProperties properties;
    private final Clock clock;

    AlertWatcher(ObjectProvider<Statuses> statuses, LastStatuses lastStatuses, Alerts alerts, Alerting alerting,
                 AlertDeliveries deliveries, AlertProperties properties, Clock clock) {
        this.statuses = statuses;
        this.lastStatuses = lastStatuses;
        this.alerts = alerts;
        this.alerting = alerting;
        this.deliveries = deliveries;
        this.properties = properties;
        this.clock = clock;
    }

    public Check check() {
        Statuses judge = statuses.getIfAvailable();
        int judged = 0;
        int changed = 0;
        int raised = 0;
        if (judge != null) {
            List<UnitStatus> now = judge.all(LocalDate.now(clock.withZone(properties.zone())));
            Map<StatusKey, LastStatus> last = lastStatuses.all();
            for (UnitStatus status : now) {
                judged++;
                StatusKey key = StatusKey.of(status);
                LastStatus before = last.get(key);
                if (before != null && before.status() == status.status()) {
                    continue;
                }
                Instant at = clock.instant();
                if (ChangeRule.worthAnAlert(before == null ? null : before.status(), status.status())
                        && alerts.add(alerting.statusChanged(status, before, at))) {
                    raised++;
                }
                if (lastStatuses.advance(key, before, status.status(), at)) {
                    changed++;
                }
            }
        }
        return new Check(judged, changed, raised, deliveries.deliverDue());
    }
}
