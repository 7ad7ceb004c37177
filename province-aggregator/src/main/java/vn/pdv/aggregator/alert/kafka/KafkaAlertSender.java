package vn.pdv.aggregator.alert.kafka;

import java.util.List;
import java.util.Map;
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
import vn.pdv.schemas.Topics;

/**
 * Publishes an alert keyed by its unit's code, through the application's Avro producer settings (the registry's
 * Confluent wire format), and waits for the broker's acknowledgement. Its own producer gives up within seconds when
 * the broker is down, instead of the client's default minute, so that one round of deliveries stays short; the alert
 * stays pending and is tried again.
 */
@Component
class KafkaAlertSender implements AlertSender, DisposableBean {

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

    @Override
    public List<String> everyAlertGoesTo() {
        return List.of(Topics.ALERTS);
    }

    @Override
    public void send(Alert alert, String topic) {
        try {
            kafka.send(topic, alert.unit().value(), AvroAlerts.toAvro(alert)).get(15, TimeUnit.SECONDS);
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
