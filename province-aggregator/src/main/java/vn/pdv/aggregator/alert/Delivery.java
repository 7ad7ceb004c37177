package vn.pdv.aggregator.alert;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * One alert's delivery to one target of one channel, and how it went: the record staff look at when a committee says
 * it never got the e-mail.
 *
 * @param target        the e-mail address, the webhook URL, or the topic
 * @param attempts      attempts made so far
 * @param lastError     why the last attempt failed; null after a success or before any attempt
 * @param nextAttemptAt when a pending delivery is due; null once delivered or given up
 */
public record Delivery(Channel channel, String target, State state, int attempts, String lastError,
                       Instant lastAttemptAt, Instant nextAttemptAt) {

    public enum State { PENDING, DELIVERED, FAILED }

    public Delivery {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(state, "state");
        if ((state == State.PENDING) != (nextAttemptAt != null)) {
            throw new IllegalArgumentException("a pending delivery, and only a pending one, has a next attempt");
        }
    }

    public static Delivery pending(Channel channel, String target, Instant from) {
        return new Delivery(channel, target, State.PENDING, 0, null, null, from);
    }

    /** When the earliest pending delivery is due; empty when nothing is left to deliver. */
    public static Optional<Instant> nextAttemptAt(Collection<Delivery> deliveries) {
        return deliveries.stream().map(Delivery::nextAttemptAt).filter(Objects::nonNull).min(Comparator.naturalOrder());
    }

    public boolean dueAt(Instant now) {
        return state == State.PENDING && !nextAttemptAt.isAfter(now);
    }

    public Delivery delivered(Instant at) {
        return new Delivery(channel, target, State.DELIVERED, attempts + 1, null, at, null);
    }

    /** Pending again after a pause, or failed for good once the attempts are used up. */
    public Delivery failed(String error, Instant at, Retries retries) {
        int made = attempts + 1;
        if (retries.exhaustedAfter(made)) {
            return new Delivery(channel, target, State.FAILED, made, error, at, null);
        }
        return new Delivery(channel, target, State.PENDING, made, error, at, at.plus(retries.pauseAfter(made)));
    }

    /** Failed without trying, e.g. no SMTP server is configured: recorded so that nobody believes it was sent. */
    public Delivery impossible(String why, Instant at) {
        return new Delivery(channel, target, State.FAILED, attempts, why, at, null);
    }
}
