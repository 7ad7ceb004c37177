package vn.pdv.unit.outbox;

import java.util.List;
import java.util.Optional;
import vn.pdv.unit.organisation.UnitCode;

/**
 * The committee's log: the record of truth, written before anything is published. The per-committee sequence is
 * enforced by a unique index, so two writers can never both take a place.
 */
public interface EventLog {

    /**
     * Writes the events as one ordered batch, each at the sequence it carries. It stops at the first that cannot be
     * written, so what is written is always a prefix and the log stays without gaps.
     *
     * @return how many were written: all, or fewer when a place was already taken (another writer won it)
     * @throws RuntimeException when the database failed; how much was written before it is then unknown
     */
    int append(List<LoggedEvent> events);

    /** The highest sequence written for the committee, 0 for an empty log. */
    long lastSequence(UnitCode unit);

    /**
     * The events from {@code first} up to {@code last}, in order, ending early at the first place not (yet)
     * written: never a later event without every one before it.
     */
    List<LoggedEvent> between(UnitCode unit, long first, long last);

    Optional<LoggedEvent> at(UnitCode unit, long sequence);
}
