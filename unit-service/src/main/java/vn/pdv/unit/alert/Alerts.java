package vn.pdv.unit.alert;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The committee's alert inbox. */
public interface Alerts {

    /** Keeps the alert unless one with its id is already kept; true if it was new. Redelivery never duplicates. */
    boolean saveIfNew(Alert alert);

    Optional<Alert> find(AlertId id);

    /** Newest first (by {@code raisedAt}); only those nobody has acknowledged yet when {@code unacknowledgedOnly}. */
    List<Alert> newestFirst(boolean unacknowledgedOnly);

    /**
     * Marks the alert seen by {@code by} at {@code at}, unless it already was (the first acknowledgement stands).
     * False when there is no such alert.
     */
    boolean acknowledge(AlertId id, String by, Instant at);
}
