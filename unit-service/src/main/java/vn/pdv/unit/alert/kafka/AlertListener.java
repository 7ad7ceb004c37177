package vn.pdv.unit.alert.kafka;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import vn.pdv.events.AlertRaised;
import vn.pdv.schemas.Topics;
import vn.pdv.unit.alert.Receipt;
import vn.pdv.unit.alert.application.AlertInbox;

/**
 * Hands every alert on {@code pdv.alerts} to the inbox, which keeps this committee's. Each committee reads the
 * whole topic in a consumer group of its own ({@code pdv.alerts.group-id}), since one alert concerns several
 * committees. Records that cannot be read are logged and skipped (see {@link KafkaAlertConfiguration}).
 */
@Component
class AlertListener {

    private static final Logger log = LoggerFactory.getLogger(AlertListener.class);

    private final AlertInbox inbox;

    AlertListener(AlertInbox inbox) {
        this.inbox = inbox;
    }

    @KafkaListener(id = "alerts", topics = Topics.ALERTS, groupId = "${pdv.alerts.group-id}")
    void on(AlertRaised raised) {
        Receipt receipt = inbox.receive(AvroAlerts.toAlert(raised), AvroAlerts.addressees(raised));
        log.debug("Alert {} about {}: {}", raised.getAlertId(), raised.getUnitCode(), receipt);
    }
}
