package vn.pdv.aggregator.alert;

import java.util.List;

/** Delivers an alert to one target of one channel; the adapters under this package implement it. */
public interface AlertSender {

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
}
