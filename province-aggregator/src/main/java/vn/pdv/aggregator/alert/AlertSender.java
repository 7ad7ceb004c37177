package vn.pdv.aggregator.alert;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Delivers an alert to one target of one channel; the adapters under this package implement it. */
public interface AlertSender {

    /** One alert to one of this channel's targets, as a delivery round asks for it. */
    record Sending(Alert alert, String target) {
    }

    Channel channel();

    /**
     * Where every alert goes, whoever it is addressed to: for Kafka, the alerts topics of its addressees.
     * None for a channel that goes only where a committee's contacts ask.
     */
    default List<String> everyAlertGoesTo() {
        return List.of();
    }

    /** Returns once the target has taken the alert; throws to say it has not, with a message worth recording. */
    void send(Alert alert, String target);

    /**
     * Sends a round's alerts: one future per sending, in the same order, each completing once its target has taken
     * the alert or failing with a message worth recording. A channel that can have many alerts in flight at once (the
     * topic) overrides it, so that a round waits for its slowest alert rather than for the sum of them; by default each
     * is {@link #send sent} in turn before this returns.
     */
    default List<CompletableFuture<Void>> sendAll(List<Sending> round) {
        return round.stream().map(sending -> {
            try {
                send(sending.alert(), sending.target());
                return CompletableFuture.<Void>completedFuture(null);
            } catch (RuntimeException failure) {
                return CompletableFuture.<Void>failedFuture(failure);
            }
        }).toList();
    }
}
