package vn.pdv.unit.outbox;

import java.time.Instant;

/**
 * What staff and operators need to see when the link to the province is down.
 *
 * @param backlog events recorded but not yet acknowledged by the broker
 * @param oldestUndeliveredRecordedAt when the oldest of them was recorded, null when none is waiting
 * @param lastError why the last delivery attempt failed, null when it succeeded
 */
public record OutboxStatus(String committee, long lastSequence, long deliveredSequence, long backlog,
                           Instant oldestUndeliveredRecordedAt, Instant lastDeliveredAt, String lastError) {

    public boolean healthy() {
        return lastError == null;
    }
}
