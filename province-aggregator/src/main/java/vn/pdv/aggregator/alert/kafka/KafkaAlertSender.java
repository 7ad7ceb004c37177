package vn.pdv.aggregator.alert.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
import vn.pdv.aggregator.intake.Logs;
import vn.pdv.schemas.Topics;
import vn.pdv.schemas.serde.AvroSerdeConfig;
import vn.pdv.schemas.serde.SubjectNames;

/**
 * Publishes an alert on the alerts topic of each committee it is addressed to that runs a unit service
 * ({@code pdv.alerts.<CODE>}, the only one that committee's principal may read), keyed by its unit's code, through
 * the application's Avro producer settings (the registry's Confluent wire format), and waits for the broker's
 * acknowledgement. Every committee's topic carries the one schema under one subject, its record's name
 * ({@code vn.pdv.events.AlertRaised}): registered and checked once, not once for each committee. Its own producer
 * gives up within seconds when the broker is down, instead of the client's default minute, so that one round of
 * deliveries stays short; the alert stays pending and is tried again.
 *
 * <p>An alert is addressed to its unit and every unit above it, but only a committee running a unit service has a
 * topic: its service declares it (or the deployment, as a KafkaTopic) and alone reads it. The others, a grassroots
 * organisation or a branch, read their alerts through their committee's service and the pages; the aggregator's
 * principal may not create topics, so a send to one would wait for a topic that never comes, and the alert would stay
 * pending for ever. A committee runs a unit service once the province has received its log ({@link Logs}).
 *
 * <p>A round's alerts are sent all at once and then waited for together: the producer blocks the thread that sends
 * to a topic it has no metadata for until the broker has it (on a committee's first alert, the topic's metadata; on
 * the first alert of all, the schema's registration too), so each topic's alerts are sent, in order, from a thread of
 * their own, {@value #TOPICS_AT_ONCE} topics at a time, and the producer asks for the new topics' metadata together.
 */
@Component
class KafkaAlertSender implements AlertSender, DisposableBean {

    /** The delivery's target as recorded: the topics of the alert's addressees that run a unit service. */
    static final String EVERY_ADDRESSEE = "pdv.alerts.<addressee>";

    /** Topics sent to at once: threads that mostly wait for the broker's metadata. */
    static final int TOPICS_AT_ONCE = 16;

    /** How long {@link #send} waits for one alert: its metadata waits and acknowledgements, with room to spare. */
    private static final Duration SENT_WITHIN = Duration.ofSeconds(15);

    private final ProducerFactory<Object, Object> producers;
    private final KafkaTemplate<Object, Object> kafka;
    private final Logs logs;
    private final ExecutorService topics = Executors.newFixedThreadPool(TOPICS_AT_ONCE,
            Thread.ofPlatform().daemon().name("alert-topics-", 1).factory());

    KafkaAlertSender(ProducerFactory<Object, Object> applicationProducers, Logs logs) {
        this.logs = logs;
        this.producers = ((DefaultKafkaProducerFactory<Object, Object>) applicationProducers)
                .copyWithConfigurationOverride(Map.of(
                        AvroSerdeConfig.VALUE_SUBJECT_NAME_STRATEGY, SubjectNames.RECORD_NAME.confluentName(),
                        ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000,
                        ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000,
                        ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 10_000));
        this.kafka = new KafkaTemplate<>(producers);
    }

    @Override
    public Channel channel() {
        return Channel.KAFKA;
    }

    /** One delivery per alert, to the topic of every addressee that has one: {@value #EVERY_ADDRESSEE}. */
    @Override
    public List<String> everyAlertGoesTo() {
        return List.of(EVERY_ADDRESSEE);
    }

    /**
     * Sends the alert to the topic of each committee it is addressed to (that has one) and waits for every
     * acknowledgement; a failure sends it again to all, which the unit services' inbox drops by alert id.
     */
    @Override
    public void send(Alert alert, String target) {
        try {
            sendAll(List.of(new Sending(alert, target))).getFirst().get(SENT_WITHIN.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException failed) {
            throw failed.getCause() instanceof RuntimeException cause ? cause
                    : new IllegalStateException(failed.getCause().getMessage(), failed.getCause());
        } catch (TimeoutException slow) {
            throw new IllegalStateException("no acknowledgement within " + SENT_WITHIN.toSeconds() + " s", slow);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", interrupted);
        }
    }

    /**
     * Each alert's future completes when every one of its addressees' topics has acknowledged it (at once for an alert
     * none of whose addressees runs a unit service).
     */
    @Override
    public List<CompletableFuture<Void>> sendAll(List<Sending> round) {
        Set<String> addressees = new HashSet<>();
        round.forEach(sending -> sending.alert().addressedTo().forEach(addressee -> addressees.add(addressee.value())));
        Set<String> committees = new HashSet<>();
        logs.of(addressees).forEach(log -> committees.add(log.log()));
        List<Object> avro = new ArrayList<>(round.size());
        Map<String, List<Integer>> byTopic = new LinkedHashMap<>();
        for (int at = 0; at < round.size(); at++) {
            Alert alert = round.get(at).alert();
            avro.add(AvroAlerts.toAvro(alert));
            for (UnitCode addressee : alert.addressedTo()) {
                if (committees.contains(addressee.value())) {
                    byTopic.computeIfAbsent(Topics.alertsFor(addressee.value()), topic -> new ArrayList<>()).add(at);
                }
            }
        }
        List<List<CompletableFuture<?>>> acknowledgements = new ArrayList<>(round.size());
        round.forEach(sending -> acknowledgements.add(new ArrayList<>()));
        byTopic.forEach((topic, alerts) -> {
            CompletableFuture<List<CompletableFuture<?>>> sent = CompletableFuture.supplyAsync(
                    () -> sendInTurn(topic, alerts.stream().map(at -> round.get(at).alert()).toList(),
                            alerts.stream().map(avro::get).toList()), topics);
            for (int nth = 0; nth < alerts.size(); nth++) {
                int which = nth;
                acknowledgements.get(alerts.get(nth)).add(sent.thenCompose(each -> each.get(which)));
            }
        });
        return acknowledgements.stream().map(KafkaAlertSender::allOf).toList();
    }

    /**
     * Sends a topic's alerts in order. A send blocks only while the producer has no metadata for the topic, at most
     * {@code max.block.ms}; once that has failed, the topic's other alerts fail at once rather than each waiting as
     * long again (they stay pending, and are tried in a later round).
     */
    private List<CompletableFuture<?>> sendInTurn(String topic, List<Alert> alerts, List<Object> avro) {
        List<CompletableFuture<?>> sent = new ArrayList<>(alerts.size());
        RuntimeException unavailable = null;
        for (int at = 0; at < alerts.size(); at++) {
            if (unavailable != null) {
                sent.add(CompletableFuture.failedFuture(unavailable));
                continue;
            }
            try {
                sent.add(kafka.send(topic, alerts.get(at).unit().value(), avro.get(at)));
            } catch (RuntimeException noMetadata) {
                unavailable = noMetadata;
                sent.add(CompletableFuture.failedFuture(noMetadata));
            }
        }
        return sent;
    }

    /**
     * Every topic's acknowledgement of one alert. The producer bounds each wait (metadata within {@code max.block.ms},
     * the acknowledgement within {@code delivery.timeout.ms}) from when the alert's turn on its topic comes, not from
     * when the round started, so an alert queued behind other topics is not given up early; the dispatcher bounds the
     * round as a whole.
     */
    private static CompletableFuture<Void> allOf(List<CompletableFuture<?>> acknowledgements) {
        return CompletableFuture.allOf(acknowledgements.toArray(CompletableFuture[]::new))
                .handle((acknowledged, failure) -> {
                    if (failure == null) {
                        return null;
                    }
                    Throwable cause = failure instanceof CompletionException ? failure.getCause() : failure;
                    throw new IllegalStateException("the broker did not acknowledge: " + cause.getMessage(), cause);
                });
    }

    @Override
    public void destroy() {
        topics.shutdownNow();
        ((DefaultKafkaProducerFactory<Object, Object>) producers).destroy();
    }
}
