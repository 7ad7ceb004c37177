package vn.pdv.aggregator.alert.application;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import vn.pdv.aggregator.alert.Retries;

/**
 * Settings under {@code pdv.aggregator.alerts}. The SMTP server is Spring's own {@code spring.mail.*}; without
 * {@code spring.mail.host} e-mail is off and each e-mail delivery is recorded as failed, saying so.
 *
 * @param checkEvery      pause between checks for changed statuses (each check also retries due deliveries)
 * @param digestCron      when digests go out, in the zone of the service's clock ({@code pdv.time.zone}); "-" for never
 * @param mailFrom        the sender address of alert e-mail: {@code PDV_ALERTS_MAIL_FROM}, the name deployments set, which
 *                        {@code province-aggregator.yml} maps (and gives its default)
 * @param webhookTimeout  connect and read timeout of one webhook call
 * @param maxAttempts     attempts per e-mail or webhook delivery before it is given up (the topic is tried forever)
 * @param firstRetryAfter pause after a first failure, doubling up to {@code maxRetryAfter}
 * @param maxRetryAfter   the longest pause between two attempts
 * @param claimFor        how long an instance may hold an alert while delivering it before another may take over
 * @param batchSize       alerts delivered per round
 */
@ConfigurationProperties("pdv.aggregator.alerts")
public record AlertProperties(@DefaultValue("PT1M") Duration checkEvery,
                              @DefaultValue("0 0 7 * * MON") String digestCron,
                              String mailFrom,
                              @DefaultValue("PT5S") Duration webhookTimeout,
                              @DefaultValue("5") int maxAttempts,
                              @DefaultValue("PT30S") Duration firstRetryAfter,
                              @DefaultValue("PT30M") Duration maxRetryAfter,
                              @DefaultValue("PT2M") Duration claimFor,
                              @DefaultValue("100") int batchSize) {

    public Retries retries() {
        return new Retries(maxAttempts, firstRetryAfter, maxRetryAfter);
    }
}
