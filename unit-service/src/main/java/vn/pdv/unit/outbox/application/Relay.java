package vn.pdv.unit.outbox.application;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import vn.pdv.unit.CommitteeProperties;
import vn.pdv.unit.organisation.UnitCode;
import vn.pdv.unit.outbox.Deliveries;
import vn.pdv.unit.outbox.EventLog;
import vn.pdv.unit.outbox.LoggedEvent;
import vn.pdv.unit.outbox.OutboxStatus;
import vn.pdv.unit.outbox.Publisher;

/**
 * Delivers the committee's log to the broker in sequence, on one background thread, and moves the delivery watermark
 * only past what the broker acknowledged.
 *
 * <p>Pipelined: it keeps reading and handing batches to the {@link Publisher} while up to
 * {@code batchesInFlight} earlier ones await acknowledgement, and moves the watermark batch by batch, in order, as
 * their acknowledgements arrive (one watermark write for all those acknowledged by then). After a failure it lets what is in flight settle, moves the watermark to the end of
 * the acknowledged prefix and starts again from there.
 *
 * <p>At-least-once by construction: a crash between an acknowledgement and the watermark write, or a failure with
 * later batches already on the broker, sends those events again. The aggregator drops them by (unit, sequence), so
 * nothing counts twice. While the broker or the registry is unreachable it backs off (doubling up to
 * {@code maxBackoff}) and the backlog is visible in {@link #status()}.
 *
 * <p>It reads only places it knows written: the {@link Recorder} tells it each sequence it appends, and the log is
 * asked for its last sequence when nothing is known yet, after a failure, and whenever the relay has waited a whole
 * {@code idlePoll} without news.
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
    private final AtomicLong appended = new AtomicLong();
    private volatile boolean woken;
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

    /** Called after each append with its last sequence, so delivery starts at once instead of at the next poll. */
    public void wake(long appendedUpTo) {
        appended.accumulateAndGet(appendedUpTo, Math::max);
        woken = true;
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
        boolean lookAtTheLog = appended.get() == 0;
        while (running) {
            try {
                if (lookAtTheLog) {
                    appended.accumulateAndGet(log.lastSequence(committee), Math::max);
                }
                woken = false;
                deliverWhatIsKnown();
                backoff = Duration.ofMillis(100);
                if (!woken) {
                    LockSupport.parkNanos(properties.idlePoll().toNanos());
                }
                lookAtTheLog = !woken;
            } catch (RuntimeException | Publisher.PublishFailure e) {
                lastError = e.getMessage();
                LOG.warn("Outbox delivery failed, retrying in {}: {}", backoff, e.getMessage());
                pause(backoff);
                backoff = min(backoff.multipliedBy(2), properties.maxBackoff());
                lookAtTheLog = true;
            }
        }
    }

    /** Delivers from the watermark up to the last sequence known appended, and returns once all is acknowledged. */
    private void deliverWhatIsKnown() throws Publisher.PublishFailure {
        long delivered = deliveries.delivered(committee);
        long next = delivered + 1;
        Deque<CompletableFuture<Long>> inFlight = new ArrayDeque<>();
        try {
            while (running) {
                if (inFlight.size() < properties.batchesInFlight() && !anyFailed(inFlight)) {
                    long last = Math.min(appended.get(), next + properties.batchSize() - 1);
                    List<LoggedEvent> batch = log.between(committee, next, last);
                    if (!batch.isEmpty()) {
                        inFlight.add(publisher.publish(batch));
                        next = batch.getLast().sequence() + 1;
                        continue;
                    }
                }
                if (inFlight.isEmpty()) {
                    return;
                }
                long acknowledged = acknowledged(inFlight.removeFirst());
                while (!inFlight.isEmpty() && inFlight.peekFirst().isDone()) {
                    acknowledged = acknowledged(inFlight.removeFirst());
                }
                delivered = markDelivered(delivered, acknowledged);
                lastError = null;
            }
        } catch (Publisher.PublishFailure partly) {
            markDelivered(delivered, partly.lastAcknowledged());
            throw partly;
        } finally {
            settle(inFlight);
        }
    }

    /** A batch failed already (the broker unreachable): sending more would only fail, each after as long a wait. */
    private static boolean anyFailed(Deque<CompletableFuture<Long>> inFlight) {
        for (CompletableFuture<Long> batch : inFlight) {
            if (batch.isCompletedExceptionally()) {
                return true;
            }
        }
        return false;
    }

    private static long acknowledged(CompletableFuture<Long> batch) throws Publisher.PublishFailure {
        try {
            return batch.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Publisher.PublishFailure failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while awaiting acknowledgements", e);
        }
    }

    /** Waits out batches sent after a failed one: they may land, and are sent again after it either way. */
    private static void settle(Deque<CompletableFuture<Long>> inFlight) {
        for (CompletableFuture<Long> batch : inFlight) {
            try {
                batch.get();
            } catch (ExecutionException ignored) {
                // Its events are after the watermark and will be sent again.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private long markDelivered(long before, long acknowledged) {
        if (acknowledged > before) {
            deliveries.markDelivered(committee, acknowledged, clock.instant());
            return acknowledged;
        }
        return before;
    }

    /** Sleeps the whole backoff: news of an append ends an idle wait, not this one. Only {@link #stop()} does. */
    private void pause(Duration backoff) {
        long until = System.nanoTime() + backoff.toNanos();
        for (long left = backoff.toNanos(); running && left > 0; left = until - System.nanoTime()) {
            LockSupport.parkNanos(left);
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
