package vn.pdv.aggregator.alert.application;

import java.time.Clock;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronTrigger;

/**
 * When alerts are looked for and digests sent, as {@link AlertProperties} says: a check every {@code checkEvery} (the
 * first one after that long, so that a starting instance consumes its backlog first), digests on {@code digestCron}
 * in the zone of the service's one clock, none when it is "-".
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class AlertSchedule implements SchedulingConfigurer {

    private final AlertWatcher watcher;
    private final DigestSender digests;
    private final AlertProperties properties;
    private final Clock clock;

    AlertSchedule(AlertWatcher watcher, DigestSender digests, AlertProperties properties, Clock clock) {
        this.watcher = watcher;
        this.digests = digests;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addFixedDelayTask(new FixedDelayTask(watcher::check, properties.checkEvery(), properties.checkEvery()));
        if (!ScheduledTaskRegistrar.CRON_DISABLED.equals(properties.digestCron())) {
            tasks.addCronTask(new CronTask(digests::send, new CronTrigger(properties.digestCron(), clock.getZone())));
        }
    }
}
