package vn.pdv.unit.outbox.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.pdv.unit.decision.ActorId;
import vn.pdv.unit.organisation.UnitCode;
import vn.pdv.unit.outbox.EventId;
import vn.pdv.unit.outbox.EventLog;
import vn.pdv.unit.outbox.LoggedEvent;
import vn.pdv.unit.outbox.UnitEvent;

/**
 * The one writer of the committee's log in this process. Steps hand it their events and wait; it gives them the next
 * sequences and writes everything handed over meanwhile as one ordered batch (group commit), on a thread of its own.
 * Concurrent steps so share one round trip to the database, and the sequence needs no lock held across it.
 *
 * <p>Events are written in the order they were handed over, one step's events next to each other. A failure stops
 * the batch where it happened (ordered writes), so the log never has a gap; each step after that point is told it
 * failed. When the database fails without saying how far it got, the log's last sequence is read back to learn which
 * steps were written after all, so a step is not reported failed while its event is in the log.
 *
 * <p>Another writer (a second instance, which a committee should not run) may take a place first: what is left of
 * the batch is then numbered after it and written again.
 */
final class LogAppender implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LogAppender.class);
    private static final int MOST_STEPS_PER_BATCH = 1_000;

    private final EventLog log;
    private final UnitCode committee;
    private final Clock clock;
    private final BlockingQueue<Step> handedOver = new LinkedBlockingQueue<>();
    private final Thread writer;
    private volatile boolean open = true;
    /** The writer thread's own: the last sequence it knows written, -1 when it must read it from the log. */
    private long lastSequence = -1;

    LogAppender(EventLog log, UnitCode committee, Clock clock) {
        this.log = log;
        this.committee = committee;
        this.clock = clock;
        this.writer = Thread.ofPlatform().name("event-log-writer").daemon().start(this::run);
    }

    /**
     * Appends the step's events, in order, as recorded by {@code recordedBy}, and returns them at their places in the
     * log.
     *
     * @throws NotAllAppended when the log could not take all of them; it says how many it took
     */
    List<LoggedEvent> append(List<? extends UnitEvent> events, ActorId recordedBy) {
        Step step = new Step(events, recordedBy);
        handedOver.add(step);
        if (!open && handedOver.remove(step)) {
            // Closed meanwhile: nobody will take the step from the queue; whoever already took it completes it.
            step.done.completeExceptionally(new NotAllAppended(List.of(), new IllegalStateException("the event log writer is closed")));
        }
        try {
            return step.done.get();
        } catch (ExecutionException e) {
            throw (NotAllAppended) e.getCause();
        } catch (InterruptedException e) {
            // The step stays handed over and may yet be written; the caller cannot know, as with a lost connection.
            Thread.currentThread().interrupt();
            throw new NotAllAppended(List.of(), e);
        }
    }

    @Override
    public void close() {
        open = false;
        writer.interrupt();
        try {
            writer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        failAll(new ArrayList<>(handedOver), new IllegalStateException("the event log writer is closed"));
    }

    private void run() {
        List<Step> batch = new ArrayList<>();
        while (open) {
            try {
                batch.add(handedOver.take());
            } catch (InterruptedException closing) {
                return;
            }
            handedOver.drainTo(batch, MOST_STEPS_PER_BATCH - 1);
            try {
                write(batch);
            } catch (RuntimeException unexpected) {
                LOG.error("Event log writer failed", unexpected);
                failAll(batch, unexpected);
            }
            batch.clear();
        }
    }

    private void write(List<Step> batch) {
        List<Place> places = new ArrayList<>();
        for (Step step : batch) {
            for (UnitEvent event : step.events) {
                places.add(new Place(step, event));
            }
        }
        int done = 0;
        while (done < places.size()) {
            if (lastSequence < 0) {
                try {
                    lastSequence = log.lastSequence(committee);
                } catch (RuntimeException unreadable) {
                    finish(places, done, unreadable);
                    return;
                }
            }
            List<LoggedEvent> events = numbered(places.subList(done, places.size()));
            int written;
            try {
                written = log.append(events);
            } catch (RuntimeException failure) {
                written = writtenDespite(events);
                take(places, done, events, written);
                finish(places, done + written, failure);
                return;
            }
            take(places, done, events, written);
            done += written;
            if (done < places.size()) {
                LOG.warn("Sequence {} of the log of {} was taken by another writer; numbering after it",
                        events.get(written).sequence(), committee);
                lastSequence = -1;
            }
        }
        finish(places, done, null);
    }

    private List<LoggedEvent> numbered(List<Place> places) {
        Instant recordedAt = clock.instant();
        List<LoggedEvent> events = new ArrayList<>(places.size());
        long sequence = lastSequence;
        // occurredAt: the start of the step's day where the committee is, in the service clock's zone.
        for (Place place : places) {
            events.add(new LoggedEvent(EventId.random(), committee, ++sequence,
                    place.event.occurredOn().atStartOfDay(clock.getZone()).toInstant(), recordedAt, place.step.recordedBy,
                    place.event));
        }
        return events;
    }

    /** After a failure that did not say how far it got: how many of the events the log holds all the same. */
    private int writtenDespite(List<LoggedEvent> events) {
        lastSequence = -1;
        try {
            long last = log.lastSequence(committee);
            long before = events.getFirst().sequence() - 1;
            int written = (int) Math.clamp(last - before, 0, events.size());
            if (written > 0 && !log.at(committee, before + written).map(LoggedEvent::id)
                    .equals(Optional.of(events.get(written - 1).id()))) {
                return 0;
            }
            lastSequence = last;
            return written;
        } catch (RuntimeException unreadable) {
            return 0;
        }
    }

    private void take(List<Place> places, int from, List<LoggedEvent> events, int written) {
        for (int i = 0; i < written; i++) {
            places.get(from + i).step.written.add(events.get(i));
        }
        if (written > 0) {
            lastSequence = events.get(written - 1).sequence();
        }
    }

    /** Completes every step: those with a place at or after {@code failedAt} failed, the others are written. */
    private static void finish(List<Place> places, int failedAt, RuntimeException failure) {
        for (int i = 0; i < places.size(); i++) {
            Step step = places.get(i).step;
            if (step.done.isDone()) {
                continue;
            }
            if (i < failedAt && step.written.size() == step.events.size()) {
                step.done.complete(List.copyOf(step.written));
            } else if (i >= failedAt) {
                step.done.completeExceptionally(new NotAllAppended(List.copyOf(step.written), failure));
            }
        }
    }

    private static void failAll(List<Step> steps, RuntimeException failure) {
        for (Step step : steps) {
            step.done.completeExceptionally(new NotAllAppended(List.copyOf(step.written), failure));
        }
    }

    /** The events of one step, and how far they got. */
    private static final class Step {

        final List<? extends UnitEvent> events;
        final ActorId recordedBy;
        final List<LoggedEvent> written = new ArrayList<>();
        final CompletableFuture<List<LoggedEvent>> done = new CompletableFuture<>();

        Step(List<? extends UnitEvent> events, ActorId recordedBy) {
            this.events = events;
            this.recordedBy = recordedBy;
        }
    }

    private record Place(Step step, UnitEvent event) {
    }

    /** The log took only the first {@link #appended()} events of a step (possibly none). */
    static final class NotAllAppended extends RuntimeException {

        private final List<LoggedEvent> written;

        NotAllAppended(List<LoggedEvent> written, Throwable cause) {
            super("The event log took " + written.size() + " event(s) of the step: " + cause.getMessage(), cause);
            this.written = written;
        }

        int appended() {
            return written.size();
        }

        /** The events the log took, in order. */
        List<LoggedEvent> written() {
            return written;
        }
    }
}
