package vn.pdv.unit.outbox;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import vn.pdv.unit.CommitteeProperties;
import vn.pdv.unit.Outcome;
import vn.pdv.unit.organisation.UnitCode;

/**
 * Records a step: decides it against the current state, appends the event to the log and updates the
 * projections, all under one lock so two requests cannot both pass a rule that only one may pass.
 *
 * <p>A step that yields several events ({@link #recordAll}) appends them one after the other: a crash between two
 * appends leaves the first recorded and the second not, which the projection shows as the earlier stage.
 *
 * <p>Never waits for Kafka or the registry: the {@link Relay} publishes later. Known limit: the lock is
 * per process; a committee runs one instance, and a second writer would still never corrupt the log
 * (the unique sequence index refuses it) but could race on rules.
 */
@Component
public class Recorder {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final EventLog log;
    private final UnitCode committee;
    private final Clock clock;
    private final Runnable onAppended;
    private long lastSequence = -1;

    Recorder(EventLog log, CommitteeProperties committee, Clock clock, Relay relay) {
        this.log = log;
        this.committee = new UnitCode(committee.code());
        this.clock = clock;
        this.onAppended = relay::wake;
    }

    public <E extends UnitEvent> Outcome<E> record(Supplier<Outcome<E>> decision, Consumer<E> projection) {
        return recordAll(() -> decision.get().map(List::of), projection).map(List::getFirst);
    }

    /** Like {@link #record}, for a step that yields several events, appended and projected in order. */
    public synchronized <E extends UnitEvent> Outcome<List<E>> recordAll(Supplier<Outcome<List<E>>> decision,
                                                                        Consumer<E> projection) {
        Outcome<List<E>> outcome = decision.get();
        if (outcome instanceof Outcome.Accepted<List<E>>(List<E> events)) {
            for (E event : events) {
                append(event);
                projection.accept(event);
            }
            onAppended.run();
        }
        return outcome;
    }

    private void append(UnitEvent event) {
        if (lastSequence < 0) {
            lastSequence = log.lastSequence(committee);
        }
        Instant occurredAt = event.occurredOn().atStartOfDay(VIETNAM).toInstant();
        while (true) {
            LoggedEvent logged = new LoggedEvent(EventId.random(), committee, lastSequence + 1, occurredAt,
                    clock.instant(), event);
            if (log.tryAppend(logged)) {
                lastSequence = logged.sequence();
                return;
            }
            lastSequence = log.lastSequence(committee);
        }
    }
}
