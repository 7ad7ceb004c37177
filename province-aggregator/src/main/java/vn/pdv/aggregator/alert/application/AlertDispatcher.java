package vn.pdv.aggregator.alert.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.pdv.aggregator.alert.Alert;
import vn.pdv.aggregator.alert.AlertSender;
import vn.pdv.aggregator.alert.Alerts;
import vn.pdv.aggregator.alert.Channel;
import vn.pdv.aggregator.alert.Delivery;
import vn.pdv.aggregator.alert.Retries;
import vn.pdv.aggregator.alert.application.AlertProperties;

/**
 * Delivers stored alerts: every delivery that is due, to its channel, one alert at a time under a claim so that two
 * aggregator instances never send the same one. An instance that dies while holding a claim only delays the alert
 * until the claim runs out ({@code claimFor}); the deliveries it made before dying may then be made twice, which the
 * topic's consumers absorb by alert id.
 *
 * <p>A failure is recorded on the delivery and retried later, with back-off: the topic for ever (an alert must not be
 * lost while the broker is down), e-mail and webhooks up to {@code maxAttempts}. A channel with no sender (e-mail
 * without {@code spring.mail.host}) fails its deliveries at once, saying why.
 */
@Service
public class AlertDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(AlertDispatcher.class);

    private final Alerts alerts;
    private final Map<Channel, AlertSender> senders = new EnumMap<>(Channel.class);
    private final AlertProperties properties;
    private final Clock clock;
    private final String owner = "aggregator-" + UUID.randomUUID();

    AlertDispatcher(Alerts alerts, List<AlertSender> senders, AlertProperties properties, Clock clock) {
        this.alerts = alerts;
        senders.forEach(sender -> this.senders.put(sender.channel(), sender));
        this.properties = properties;
        this.clock = clock;
    }

    /** @return how many deliveries succeeded in this round */
    public int deliverDue() {
        int delivered = 0;
        for (Alert alert : alerts.due(clock.instant(), properties.batchSize())) {
            Instant now = clock.instant();
            if (!alerts.claim(alert.id(), owner, now, now.plus(properties.claimFor()))) {
                continue;
            }
            List<Delivery> after = new ArrayList<>(alert.deliveries().size());
            for (Delivery delivery : alert.deliveries()) {
                Delivery attempted = delivery.dueAt(now) ? attempt(alert, delivery) : delivery;
                delivered += attempted.state() == Delivery.State.DELIVERED && delivery.state() != attempted.state() ? 1 : 0;
                after.add(attempted);
            }
            alerts.recordDeliveries(alert.id(), owner, after);
        }
        return delivered;
    }

    private Delivery attempt(Alert alert, Delivery delivery) {
        AlertSender sender = senders.get(delivery.channel());
        if (sender == null) {
            return delivery.impossible(switch (delivery.channel()) {
                case EMAIL -> "e-mail is off: no SMTP server configured (spring.mail.host)";
                case KAFKA, WEBHOOK -> "no sender for " + delivery.channel();
            }, clock.instant());
        }
        try {
            sender.send(alert, delivery.target());
            return delivery.delivered(clock.instant());
        } catch (RuntimeException failure) {
            Retries retries = delivery.channel() == Channel.KAFKA ? properties.retries().forever() : properties.retries();
            Delivery failed = delivery.failed(describe(failure), clock.instant(), retries);
            LOG.warn("Alert {} not delivered by {} to {} (attempt {}, {}): {}", alert.id(), delivery.channel(),
                    delivery.target(), failed.attempts(), failed.state(), failed.lastError());
            return failed;
        }
    }

    private static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root == failure ? String.valueOf(failure.getMessage())
                : failure.getMessage() + " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
        return message.length() > 500 ? message.substring(0, 500) : message;
    }
}
