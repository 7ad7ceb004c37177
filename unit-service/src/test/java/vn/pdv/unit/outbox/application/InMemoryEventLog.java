package vn.pdv.unit.outbox.application;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import vn.pdv.unit.organisation.UnitCode;
import vn.pdv.unit.outbox.EventId;
import vn.pdv.unit.outbox.EventLog;
import vn.pdv.unit.outbox.LoggedEvent;

/** One committee's log in memory, with ordered writes as MongoDB does them: stop at the first place taken or at the failure asked for. */
final class InMemoryEventLog implements EventLog {

    private final UnitCode committee;
    private final ConcurrentMap<Long, LoggedEvent> places = new ConcurrentHashMap<>();
    volatile long failAtSequence;

    InMemoryEventLog(UnitCode committee) {
        this.committee = committee;
    }

    void takenByAnotherWriter(long sequence) {
        places.put(sequence, new LoggedEvent(EventId.random(), committee, sequence, null, null, null));
    }

    List<Long> sequences() {
        return places.keySet().stream().sorted().toList();
    }

    /** Every event written, in sequence. */
    List<LoggedEvent> events() {
        return places.values().stream().sorted(Comparator.comparingLong(LoggedEvent::sequence)).toList();
    }

    @Override
    public int append(List<LoggedEvent> events) {
        for (int i = 0; i < events.size(); i++) {
            LoggedEvent event = events.get(i);
            if (event.sequence() == failAtSequence) {
                throw new IllegalStateException("connection lost");
            }
            if (places.putIfAbsent(event.sequence(), event) != null) {
                return i;
            }
        }
        return events.size();
    }

    @Override
    public long lastSequence(UnitCode unit) {
        return places.keySet().stream().mapToLong(Long::longValue).max().orElse(0);
    }

    @Override
    public List<LoggedEvent> between(UnitCode unit, long first, long last) {
        List<LoggedEvent> found = new ArrayList<>();
        for (long sequence = first; sequence <= last && places.containsKey(sequence); sequence++) {
            found.add(places.get(sequence));
        }
        return found;
    }

    @Override
    public Optional<LoggedEvent> at(UnitCode unit, long sequence) {
        return Optional.ofNullable(places.get(sequence));
    }
}
