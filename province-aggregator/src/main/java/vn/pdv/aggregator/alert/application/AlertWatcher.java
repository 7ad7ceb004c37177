package vn.pdv.aggregator.alert.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import vn.pdv.aggregator.alert.Alert;
import vn.pdv.aggregator.alert.Alerts;
import vn.pdv.aggregator.alert.ChangeRule;
import vn.pdv.aggregator.alert.LastStatus;
import vn.pdv.aggregator.alert.LastStatuses;
import vn.pdv.aggregator.alert.StatusKey;
import vn.pdv.aggregator.mongo.GuardedMirror;
import vn.pdv.aggregator.status.StatusJudge;
import vn.pdv.aggregator.status.UnitStatus;

/**
 * Watches statuses for changes: judges every unit as of today (Vietnam's day, by the service's clock), against its
 * quotas and against its plans' own targets ("4–5 classes a year", "3–4% of membership", "≥ 70% youth-union", each a
 * status of its own), compares each judgement with the last one recorded, raises an alert where {@link ChangeRule} says the change is news, records the new status, and
 * then delivers whatever is due.
 *
 * <p>Safe with several instances watching at once, without transactions: the alert is inserted first under an id
 * fixed by the key, the version it makes and the new status, so the same change noticed twice is one alert; the
 * status is then recorded only over the version it was compared with. A crash in between leaves the old status
 * recorded, so the next check notices the change again and its insert finds the alert already there. A check writes
 * all its alerts in one unordered bulk, then all its statuses in another: each write keeps its own condition (the
 * alert's id, the status's version), so the bulks change nothing of that, only the number of round trips (a first
 * check of a province records ~11,000 statuses).
 */
@Service
public class AlertWatcher {

    /**
     * What one check did, and how long each part took: judging every unit, recording the changes and raising their
     * alerts, delivering what is due. Kept apart because they wait on different things (the read caches, MongoDB,
     * the senders).
     */
    public record Check(int judged, int changed, int raised, int delivered, Duration judging, Duration recording,
                        Duration delivering) {
    }

    private final StatusJudge judge;
    private final LastStatuses lastStatuses;
    private final Alerts alerts;
    private final Alerting alerting;
    private final AlertDispatcher dispatcher;
    private final Clock clock;

    AlertWatcher(StatusJudge judge, LastStatuses lastStatuses, Alerts alerts, Alerting alerting,
                 AlertDispatcher dispatcher, Clock clock) {
        this.judge = judge;
        this.lastStatuses = lastStatuses;
        this.alerts = alerts;
        this.alerting = alerting;
        this.dispatcher = dispatcher;
        this.clock = clock;
    }

    public Check check() {
        // One reading: every unit judged on the same figures, each read cache caught up once for the whole sweep; the
        // alerts' addressees are read from that same tree (a first check of a province raises thousands of alerts,
        // each of which would otherwise first ask MongoDB what changed).
        return GuardedMirror.oneReading(this::checkOnce);
    }

    private Check checkOnce() {
        LocalDate today = LocalDate.now(clock);
        long start = System.nanoTime();
        List<UnitStatus> now = new ArrayList<>(judge.judgeAll(today));
        now.addAll(judge.judgeTargets(today));
        long judged = System.nanoTime();
        Map<StatusKey, LastStatus> last = lastStatuses.all();
        List<Alert> news = new ArrayList<>();
        List<LastStatuses.Advance> changes = new ArrayList<>();
        for (UnitStatus status : now) {
            StatusKey key = StatusKey.of(status);
            LastStatus before = last.get(key);
            if (before != null && before.status() == status.status()) {
                continue;
            }
            Instant at = clock.instant();
            if (ChangeRule.worthAnAlert(before == null ? null : before.status(), status.status())) {
                news.add(alerting.statusChanged(status, before, at));
            }
            changes.add(new LastStatuses.Advance(key, before, status.status(), at));
        }
        // The alerts before the statuses that stop them being raised again, each in one write.
        int raised = alerts.addAll(news);
        int changed = lastStatuses.advanceAll(changes);
        long recorded = System.nanoTime();
        int delivered = dispatcher.deliverDue();
        return new Check(now.size(), changed, raised, delivered, Duration.ofNanos(judged - start),
                Duration.ofNanos(recorded - judged), Duration.ofNanos(System.nanoTime() - recorded));
    }
}
