package vn.pdv.aggregator.alert;

/** Delivers an alert to one target of one channel; the adapters under this package implement it. */
public interface AlertSender {

    Channel channel();

    /** Returns once the target has taken the alert; throws to say it has not, with a message worth recording. */
    void send(Alert alert, String target);
}
