package vn.pdv.unit.outbox;

import java.util.List;

/** Where the relay delivers the log: Kafka in production, anything acknowledging in order in tests. */
public interface Publisher {

    /**
     * Publishes the events in order and waits for the broker's acknowledgement.
     *
     * @return the sequence of the last event acknowledged, every one before it acknowledged too
     * @throws PublishFailure when not all were acknowledged; it says how far delivery got
     */
    long publish(List<LoggedEvent> events) throws PublishFailure;

    final class PublishFailure extends Exception {

        private final long lastAcknowledged;

        public PublishFailure(long lastAcknowledged, String reason, Throwable cause) {
            super(reason, cause);
            this.lastAcknowledged = lastAcknowledged;
        }

        public long lastAcknowledged() {
            return lastAcknowledged;
        }
    }
}
