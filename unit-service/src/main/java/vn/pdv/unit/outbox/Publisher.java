package vn.pdv.unit.outbox;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Where the relay delivers the log: Kafka in production, anything acknowledging in order in tests. */
public interface Publisher {

    /**
     * Hands the events to the broker in order and returns without waiting for it, so that the relay can read and
     * hand over the next batch meanwhile. Batches handed over one after the other are delivered in that order.
     *
     * @return the sequence of the last event, once every one is acknowledged; or a {@link PublishFailure}, which says
     *         how far acknowledgement got
     */
    CompletableFuture<Long> publish(List<LoggedEvent> events);

    final class PublishFailure extends Exception {

        private final long lastAcknowledged;

        public PublishFailure(long lastAcknowledged, String reason, Throwable cause) {
            super(reason, cause);
            this.lastAcknowledged = lastAcknowledged;
        }

        /** Every event up to this sequence is acknowledged. */
        public long lastAcknowledged() {
            return lastAcknowledged;
        }
    }
}
