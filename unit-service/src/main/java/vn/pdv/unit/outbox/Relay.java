package vn.pdv.unit.outbox;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import vn.pdv.unit.CommitteeProperties;
import vn.pdv.unit.organisation.UnitCode;

/**
 * Delivers the committee's log to the broker in sequence, on one background thread, and moves the
 * delivery watermark only past what the broker acknowledged.
 *
 * <p>At-least-once by construction: a crash between the acknowledgement and the watermark write sends
 * those events again on restart. The aggregator drops them by (unit, sequence), so nothing counts twice.
 * While the broker or the registry is unreachable it backs off (doubling up to {@code maxBackoff}) and
 * the backlog is visible in {@link #status()}.
 */
@Component
public class Relay implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(Relay.class);

    private final EventLog log;
    private final Deliveries deliveries;
    private final Publisher publisher;
    private final UnitCode committee;
    private final RelayProperties properties;
    private final Clock clock;
    private volatile Thread worker;
    private volatile boolean running;
    private volatile String lastError;

    Relay(EventLog log, Deliveries deliveries, Publisher publisher, CommitteeProperties committee,
          RelayProperties properties, Clock clock) {
        this.log = log;
        this.deliveries = deliveries;
        this.publisher = publisher;
        this.committee = new UnitCode(committee.code());
        this.properties = properties;
        this.clock = clock;
    }

    /** Called after each append, so delivery starts at once instead of at the next poll. */
    public void wake() {
        Thread current = worker;
        if (current != null) {
            LockSupport.unpark(current);
        }
    }

    public OutboxStatus status() {
        long last = log.lastSequence(committee);
        long delivered = deliveries.delivered(committee);
        var oldest = log.at(committee, delivered + 1).map(LoggedEvent::recordedAt).orElse(null);
        return new OutboxStatus(committee.value(), last, delivered, Math.max(0, last - delivered), oldest,
                deliveries.lastDeliveredAt(committee).orElse(null), lastError);
    }

    @Override
    public void start() {
        running = true;
        worker = Thread.ofPlatform().name("outbox-relay").daemon().start(this::run);
    }

    @Override
    public void stop() {
        running = false;
        Thread current = worker;
        if (current != null) {
            LockSupport.unpark(current);
            try {
                current.join(Duration.ofSeconds(30));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        worker = null;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void run() {
        Duration backoff = Duration.ofMillis(100);
        while (running) {
            try {
                if (deliverOneBatch()) {
                    backoff = Duration.ofMillis(100);
                } else {
                    LockSupport.parkNanos(properties.idlePoll().toNanos());
                }
            } catch (RuntimeException | Publisher.PublishFailure e) {
                lastError = e.getMessage();
                LOG.warn("Outbox delivery failed, retrying in {}: {}", backoff, e.getMessage());
                LockSupport.parkNanos(backoff.toNanos());
                backoff = min(backoff.multipliedBy(2), properties.maxBackoff());
            }
        }
    }

    /** @return whether there was anything to deliver */
    private boolean deliverOneBatch() throws Publisher.PublishFailure {
        long delivered = deliveries.delivered(committee);
        List<LoggedEvent> batch = log.after(committee, delivered, properties.batchSize());
        if (batch.isEmpty()) {
            return false;
        }
        try {
            markDelivered(delivered, publisher.publish(batch));
            lastError = null;
        } catch (Publisher.PublishFailure partly) {
            markDelivered(delivered, partly.lastAcknowledged());
            throw partly;
        }
        return true;
    }

    private void markDelivered(long before, long acknowledged) {
        if (acknowledged > before) {
            deliveries.markDelivered(committee, acknowledged, clock.instant());
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
