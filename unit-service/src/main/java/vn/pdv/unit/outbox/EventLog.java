package vn.pdv.unit.outbox;

import java.util.List;
import java.util.Optional;
import vn.pdv.unit.organisation.UnitCode;

/**
 * The committee's log: the record of truth, written before anything is published.
 * Each append is one single-document write; the per-committee sequence is enforced by a unique index.
 */
public interface EventLog {

    /** Appends at {@code sequence}; false when that place is already taken (another writer won it). */
    boolean tryAppend(LoggedEvent event);

    /** The highest sequence written for the committee, 0 for an empty log. */
    long lastSequence(UnitCode unit);

    /** Up to {@code limit} events after {@code sequence}, in order. */
    List<LoggedEvent> after(UnitCode unit, long sequence, int limit);

    Optional<LoggedEvent> at(UnitCode unit, long sequence);

    long countAfter(UnitCode unit, long sequence);
}
