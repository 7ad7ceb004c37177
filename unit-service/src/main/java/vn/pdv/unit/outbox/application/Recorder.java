package vn.pdv.unit.outbox.application;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import vn.pdv.unit.CommitteeProperties;
import vn.pdv.unit.decision.ActorId;
import vn.pdv.unit.decision.Outcome;
import vn.pdv.unit.organisation.UnitCode;
import vn.pdv.unit.outbox.EventLog;
import vn.pdv.unit.outbox.LoggedEvent;
import vn.pdv.unit.outbox.UnitEvent;

/**
 * Records a step: decides it against the current state of what it is about (its aggregate: a candidate, the
 * organisation), appends the events to the log and updates the projections, under a lock on that aggregate, so two
 * requests cannot both pass a rule that only one may pass. Steps on different aggregates run in parallel; only the
 * append itself is shared, and {@link LogAppender} batches concurrent appends into one write.
 *
 * <p>A decision may read only its own aggregate's state, plus facts that never turn false once true (a unit, once
 * registered, stays registered). A step about a candidate's branch and the branch's registration can so run apart.
 *
 * <p>A step that yields several events ({@link #recordAll}) appends them together, in order; a failure part-way
 * leaves the first ones recorded and projected and not the rest, which shows as the earlier stage.
 *
 * <p>Never waits for Kafka or the registry: the {@link Relay} publishes later. Known limit: the locks are per process;
 * a committee runs one instance, and a second writer would still never corrupt the log (the unique sequence refuses
 * it) but could race on rules. Locks are striped: two aggregates may share one and then wait for each other, which
 * costs time, never correctness.
 */
@Component
public class Recorder implements AutoCloseable {

    private static final int STRIPE_BITS = 8;

    private final LogAppender appender;
    private final Relay relay;
    private final ReentrantLock[] locks = new ReentrantLock[1 << STRIPE_BITS];

    Recorder(EventLog log, CommitteeProperties committee, Clock clock, Relay relay) {
        this.appender = new LogAppender(log, new UnitCode(committee.code()), clock);
        this.relay = relay;
        for (int i = 0; i < locks.length; i++) {
            locks[i] = new ReentrantLock();
        }
    }

    /**
     * @param aggregate  what the decision is about; decisions about the same one are taken one at a time
     * @param recordedBy who records the step, kept with its events in the log
     * @param logAs      the event as the log records it, e.g. {@code UnitEvent.CandidateStep::new}
     */
    public <E> Outcome<E> record(Object aggregate, ActorId recordedBy, Supplier<Outcome<E>> decision,
                                 Function<? super E, ? extends UnitEvent> logAs, Consumer<? super E> projection) {
        return recordLogged(aggregate, recordedBy, decision, logAs, (event, logged) -> projection.accept(event));
    }

    /** Like {@link #record}, with the event's place in the log for the projection (a step a correction may name). */
    public <E> Outcome<E> recordLogged(Object aggregate, ActorId recordedBy, Supplier<Outcome<E>> decision,
                                       Function<? super E, ? extends UnitEvent> logAs,
                                       BiConsumer<? super E, LoggedEvent> projection) {
        return recordAllLogged(aggregate, recordedBy, () -> decision.get().map(List::of), logAs, projection)
                .map(List::getFirst);
    }

    /** Like {@link #record}, for a step that yields several events, appended and projected in order. */
    public <E> Outcome<List<E>> recordAll(Object aggregate, ActorId recordedBy, Supplier<Outcome<List<E>>> decision,
                                          Function<? super E, ? extends UnitEvent> logAs,
                                          Consumer<? super E> projection) {
        return recordAllLogged(aggregate, recordedBy, decision, logAs, (event, logged) -> projection.accept(event));
    }

    /** Like {@link #recordAll}, with each event's place in the log for the projection. */
    public <E> Outcome<List<E>> recordAllLogged(Object aggregate, ActorId recordedBy, Supplier<Outcome<List<E>>> decision,
                                                Function<? super E, ? extends UnitEvent> logAs,
                                                BiConsumer<? super E, LoggedEvent> projection) {
        ReentrantLock lock = locks[(aggregate.hashCode() * 0x9E3779B9) >>> (Integer.SIZE - STRIPE_BITS)];
        lock.lock();
        try {
            Outcome<List<E>> outcome = decision.get();
            if (outcome instanceof Outcome.Accepted<List<E>>(List<E> events)) {
                List<LoggedEvent> logged;
                try {
                    logged = appender.append(events.stream().<UnitEvent>map(logAs).toList(), recordedBy);
                } catch (LogAppender.NotAllAppended partly) {
                    project(events, partly.written(), projection);
                    throw partly;
                }
                project(events, logged, projection);
                relay.wake(logged.getLast().sequence());
            }
            return outcome;
        } finally {
            lock.unlock();
        }
    }

    /** Projects the events the log took, each with its place there. */
    private static <E> void project(List<E> events, List<LoggedEvent> logged,
                                    BiConsumer<? super E, LoggedEvent> projection) {
        for (int i = 0; i < logged.size(); i++) {
            projection.accept(events.get(i), logged.get(i));
        }
    }

    @Override
    public void close() {
        appender.close();
    }
}
