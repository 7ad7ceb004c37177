package vn.pdv.aggregator.alert.application;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * When alerts are looked for and digests sent: checks every {@code check-every} (the first one after that long, so
 * that a starting instance consumes its backlog first), digests on {@code digest-cron}.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class AlertSchedule {

    private final AlertWatcher watcher;
    private final Digests digests;

    AlertSchedule(AlertWatcher watcher, Digests digests) {
        this.watcher = watcher;
        this.digests = digests;
    }

    @Scheduled(initialDelayString = "${pdv.aggregator.alerts.check-every:PT1M}",
            fixedDelayString = "${pdv.aggregator.alerts.check-every:PT1M}")
    void check() {
        watcher.check();
    }

    @Scheduled(cron = "${pdv.aggregator.alerts.digest-cron:0 0 7 * * MON}",
            zone = "${pdv.aggregator.alerts.zone:Asia/Ho_Chi_Minh}")
    void digest() {
        digests.send();
    }
}
