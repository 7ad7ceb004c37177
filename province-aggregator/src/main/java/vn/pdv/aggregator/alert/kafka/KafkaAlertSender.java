package vn.pdv.aggregator.alert.kafka;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.stereotype.Component;
import vn.pdv.aggregator.alert.Alert;
import vn.pdv.aggregator.alert.AlertSender;
import vn.pdv.aggregator.alert.Channel;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.schemas.Topics;

/**
 * Publishes an alert on the alerts topic of each committee it is addressed to ({@code pdv.alerts.<CODE>}, the only one
 * that committee's principal may read), keyed by its unit's code, through the application's Avro producer settings (the registry's
 * Confluent wire format), and waits for the broker's acknowledgement. Its own producer gives up within seconds when
 * the broker is down, instead of the client's default minute, so that one round of deliveries stays short; the alert
 * stays pending and is tried again.
 */
@Component
class KafkaAlertSender implements AlertSender, DisposableBean {

    /** The delivery's target as recorded: the topics of the alert's addressees. */
    static final String EVERY_ADDRESSEE = "pdv.alerts.<addressee>";

    private final ProducerFactory<Object, Object> producers;
    private final KafkaTemplate<Object, Object> kafka;

    KafkaAlertSender(ProducerFactory<Object, Object> applicationProducers) {
        this.producers = ((DefaultKafkaProducerFactory<Object, Object>) applicationProducers)
                .copyWithConfigurationOverride(Map.of(
                        ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000,
                        ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000,
                        ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 10_000));
        this.kafka = new KafkaTemplate<>(producers);
    }

    @Override
    public Channel channel() {
        return Channel.KAFKA;
    }

    /** One delivery per alert, to every addressee's topic: {@value #EVERY_ADDRESSEE}. */
    @Override
    public List<String> everyAlertGoesTo() {
        return List.of(EVERY_ADDRESSEE);
    }

    /**
     * Sends the alert to the topic of each committee it is addressed to and waits for every acknowledgement; a failure
     * sends it again to all, which the unit services' inbox drops by alert id.
     */
    @Override
    public void send(Alert alert, String target) {
        try {
            var avro = AvroAlerts.toAvro(alert);
            List<CompletableFuture<?>> sent = new ArrayList<>();
            for (UnitCode addressee : alert.addressedTo()) {
                sent.add(kafka.send(Topics.alertsFor(addressee.value()), alert.unit().value(), avro));
            }
            CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).get(15, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the broker did not acknowledge: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("no acknowledgement within 15 s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    @Override
    public void destroy() {
        ((DefaultKafkaProducerFactory<Object, Object>) producers).destroy();
    }
}
