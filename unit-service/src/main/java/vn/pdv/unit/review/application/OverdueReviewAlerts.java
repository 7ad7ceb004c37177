package vn.pdv.unit.review.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import vn.pdv.unit.alert.Alert;
import vn.pdv.unit.alert.AlertId;
import vn.pdv.unit.alert.AlertKind;
import vn.pdv.unit.alert.Alerts;
import vn.pdv.unit.alert.PlanStatus;
import vn.pdv.unit.decision.Bilingual;
import vn.pdv.unit.organisation.Reach;
import vn.pdv.unit.pipeline.rules.Facts;
import vn.pdv.unit.review.ReviewRules;

/**
 * Puts an alert in the committee's inbox for each overdue sympathiser-list review, beside the province's alerts, so
 * the workspace's alert list shows it and the secretary acknowledges it like any other. Its id names the branch and the
 * quarter, so raising it again (every check, every restart) never duplicates it; a review recorded later does not take
 * the alert back: it stays, acknowledged or not, as the record that the review was late.
 *
 * <p>Checks every {@code pdv.reviews.alert-check-every}, the first time one interval after start (a restarted service
 * so never floods the inbox before its data is in). Known limit: the alert is this service's own; it is not published.
 */
@Component
public class OverdueReviewAlerts implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(OverdueReviewAlerts.class);

    private final ListReviewing reviewing;
    private final Alerts alerts;
    private final Clock clock;
    private final ReviewProperties properties;
    private ScheduledExecutorService timer;

    OverdueReviewAlerts(ListReviewing reviewing, Alerts alerts, Clock clock, ReviewProperties properties) {
        this.reviewing = reviewing;
        this.alerts = alerts;
        this.clock = clock;
        this.properties = properties;
    }

    /** Raises the alerts for reviews overdue on {@code today}; returns how many were new. */
    public int raiseOverdue(LocalDate today) {
        int raised = 0;
        for (ReviewRules.DueReview due : reviewing.dueOn(today, Reach.wholeCommittee())) {
            if (due.overdue() && alerts.saveIfNew(alertFor(due))) {
                raised++;
            }
        }
        return raised;
    }

    private Alert alertFor(ReviewRules.DueReview due) {
        String id = "review-overdue-" + due.branch().value() + "-" + due.quarter();
        Bilingual message = Bilingual.of(
                "Chi bộ " + due.branch() + " chưa rà soát danh sách cảm tình đảng " + due.quarter().vi() + " (hạn "
                        + Facts.vi(due.dueBy()) + "). Ghi kết quả rà soát ở trang Danh sách cảm tình đảng.",
                "Branch " + due.branch() + " has not reviewed its sympathiser list for " + due.quarter().en()
                        + " (due " + due.dueBy() + "). Record the review on the sympathiser list's page.");
        return new Alert(new AlertId(id), due.branch(), AlertKind.REVIEW_OVERDUE, PlanStatus.LAGGING, null,
                "SYMPATHISER_LIST_REVIEW", due.quarter().toString(), null, 0, null, clock.instant(), message, null,
                null);
    }

    @Override
    public synchronized void start() {
        timer = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("overdue-reviews").daemon()
                .factory());
        long every = properties.alertCheckEvery().toMillis();
        timer.scheduleWithFixedDelay(this::check, every, every, TimeUnit.MILLISECONDS);
    }

    private void check() {
        try {
            int raised = raiseOverdue(LocalDate.now(clock));
            if (raised > 0) {
                LOG.info("Raised {} alert(s) for overdue sympathiser-list reviews", raised);
            }
        } catch (RuntimeException failed) {
            LOG.warn("Overdue sympathiser-list reviews not checked this time", failed);
        }
    }

    @Override
    public synchronized void stop() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return timer != null;
    }
}
