package vn.pdv.unit.outbox;

import java.time.Instant;
import java.util.Optional;
import vn.pdv.unit.organisation.UnitCode;

/** How far the relay has delivered the log: one watermark per committee, moved forward only. */
public interface Deliveries {

    /** The last sequence the broker acknowledged, 0 before the first. */
    long delivered(UnitCode unit);

    Optional<Instant> lastDeliveredAt(UnitCode unit);

    void markDelivered(UnitCode unit, long sequence, Instant at);
}
