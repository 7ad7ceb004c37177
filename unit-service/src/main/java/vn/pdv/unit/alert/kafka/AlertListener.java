package vn.pdv.unit.alert.kafka;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import vn.pdv.events.AlertRaised;
import vn.pdv.unit.alert.Receipt;
import vn.pdv.unit.alert.application.AlertInbox;

/**
 * Hands every alert on the committee's own alerts topic ({@code pdv.alerts.<CODE>}, {@code Topics.alertsFor}; the
 * aggregator writes an alert to the topic of each committee it is addressed to) to the inbox, which keeps those
 * addressed to a unit this committee manages, in the committee's consumer group ({@code pdv.alerts.group-id}).
 * Records that cannot be read are logged and skipped (see {@link KafkaAlertConfiguration}).
 */
@Component
class AlertListener {

    private static final Logger log = LoggerFactory.getLogger(AlertListener.class);

    private final AlertInbox inbox;

    AlertListener(AlertInbox inbox) {
        this.inbox = inbox;
    }

    @KafkaListener(id = "alerts", topics = "#{T(vn.pdv.schemas.Topics).alertsFor('${pdv.committee.code}')}",
            groupId = "${pdv.alerts.group-id}")
    void on(AlertRaised raised) {
        Receipt receipt = inbox.receive(AvroAlerts.toAlert(raised), AvroAlerts.addressees(raised));
        log.debug("Alert {} about {}: {}", raised.getAlertId(), raised.getUnitCode(), receipt);
    }
}
