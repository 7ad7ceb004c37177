package vn.pdv.aggregator.alert.application;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import vn.pdv.aggregator.alert.Alert;
import vn.pdv.aggregator.alert.Alerts;
import vn.pdv.aggregator.alert.application.Alerting;
import vn.pdv.aggregator.status.StatusJudge;

/**
 * The periodic digest: for each committee, the units beneath it that are at risk or lagging, and how many units stand
 * where. One digest per committee and day, whichever instance sends it first (the id names both), delivered like any
 * alert.
 */
@Service
public class DigestSender {

    private final StatusJudge judge;
    private final Alerts alerts;
    private final Alerting alerting;
    private final AlertDispatcher dispatcher;
    private final Clock clock;

    DigestSender(StatusJudge judge, Alerts alerts, Alerting alerting, AlertDispatcher dispatcher, Clock clock) {
        this.judge = judge;
        this.alerts = alerts;
        this.alerting = alerting;
        this.dispatcher = dispatcher;
        this.clock = clock;
    }

    /** @return how many digests this call raised (none for a committee already sent today's) */
    public int send() {
        LocalDate today = LocalDate.now(clock);
        int raised = 0;
        for (Alert digest : alerting.digests(judge.judgeAll(today), today, clock.instant())) {
            raised += alerts.add(digest) ? 1 : 0;
        }
        dispatcher.deliverDue();
        return raised;
    }
}
