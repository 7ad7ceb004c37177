package vn.pdv.aggregator.alert.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.pdv.aggregator.alert.Alert;
import vn.pdv.aggregator.alert.AlertSender;
import vn.pdv.aggregator.alert.Alerts;
import vn.pdv.aggregator.alert.Channel;
import vn.pdv.aggregator.alert.Delivery;
import vn.pdv.aggregator.alert.Retries;

/**
 * Delivers stored alerts: every delivery that is due, to its channel, each alert under a claim so that two
 * aggregator instances never send the same one; a round's deliveries are started together and then waited for, so
 * that a round takes as long as its slowest delivery where the channel allows (the topic), not the sum of them. An
 * instance that dies while holding a claim only delays the alert until the claim runs out ({@code claimFor}); the
 * deliveries it made before dying may then be made twice, which the topic's consumers absorb by alert id.
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

    /**
     * Delivers one round: claims the due alerts, starts every due delivery of all of them, each channel's together,
     * then waits for them all and records how each went. A delivery that fails or gets no answer within the claim
     * stays pending, alone; the others of its round are recorded as delivered.
     *
     * @return how many deliveries succeeded in this round
     */
    public int deliverDue() {
        Instant now = clock.instant();
        List<Alert> claimed = new ArrayList<>();
        for (Alert alert : alerts.due(now, properties.batchSize())) {
            if (alerts.claim(alert.id(), owner, now, now.plus(properties.claimFor()))) {
                claimed.add(alert);
            }
        }
        Map<Channel, List<Attempt>> byChannel = new EnumMap<>(Channel.class);
        List<List<Attempt>> byAlert = new ArrayList<>(claimed.size());
        for (Alert alert : claimed) {
            List<Attempt> attempts = new ArrayList<>(alert.deliveries().size());
            for (Delivery delivery : alert.deliveries()) {
                Attempt attempt = new Attempt(alert, delivery);
                attempts.add(attempt);
                if (delivery.dueAt(now)) {
                    byChannel.computeIfAbsent(delivery.channel(), channel -> new ArrayList<>()).add(attempt);
                }
            }
            byAlert.add(attempts);
        }
        byChannel.forEach(this::start);
        long deadline = System.nanoTime() + properties.claimFor().toNanos();
        int delivered = 0;
        for (int at = 0; at < claimed.size(); at++) {
            List<Delivery> after = new ArrayList<>();
            for (Attempt attempt : byAlert.get(at)) {
                Delivery outcome = attempt.outcome(deadline);
                boolean deliveredNow = outcome.state() == Delivery.State.DELIVERED;
                delivered += deliveredNow && attempt.delivery.state() != outcome.state() ? 1 : 0;
                after.add(outcome);
            }
            alerts.recordDeliveries(claimed.get(at).id(), owner, after);
        }
        return delivered;
    }

    /** One delivery of a round: what it was, and once started, the sender's answer. */
    private final class Attempt {

        private final Alert alert;
        private final Delivery delivery;
        private CompletableFuture<Void> sent;
        private Delivery impossible;

        Attempt(Alert alert, Delivery delivery) {
            this.alert = alert;
            this.delivery = delivery;
        }

        /** The delivery as it stands after this round: unchanged if it was not due. */
        Delivery outcome(long deadline) {
            if (impossible != null) {
                return impossible;
            }
            if (sent == null) {
                return delivery;
            }
            try {
                sent.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                return delivery.delivered(clock.instant());
            } catch (ExecutionException | CompletionException failure) {
                return failed(failure.getCause() == null ? failure : failure.getCause());
            } catch (TimeoutException slow) {
                return failed(new IllegalStateException("no answer within " + properties.claimFor(), slow));
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return failed(interrupted);
            }
        }

        private Delivery failed(Throwable failure) {
            Retries retries = delivery.channel() == Channel.KAFKA ? properties.retries().forever() : properties.retries();
            Delivery failed = delivery.failed(describe(failure), clock.instant(), retries);
            LOG.warn("Alert {} not delivered by {} to {} (attempt {}, {}): {}", alert.id(), delivery.channel(),
                    delivery.target(), failed.attempts(), failed.state(), failed.lastError());
            return failed;
        }
    }

    private void start(Channel channel, List<Attempt> attempts) {
        AlertSender sender = senders.get(channel);
        if (sender == null) {
            String why = switch (channel) {
                case EMAIL -> "e-mail is off: no SMTP server configured (spring.mail.host)";
                case KAFKA, WEBHOOK -> "no sender for " + channel;
            };
            attempts.forEach(attempt -> attempt.impossible = attempt.delivery.impossible(why, clock.instant()));
            return;
        }
        List<CompletableFuture<Void>> sent = sender.sendAll(attempts.stream()
                .map(attempt -> new AlertSender.Sending(attempt.alert, attempt.delivery.target())).toList());
        for (int at = 0; at < attempts.size(); at++) {
            attempts.get(at).sent = sent.get(at);
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
