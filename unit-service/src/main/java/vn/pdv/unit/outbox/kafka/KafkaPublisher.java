package vn.pdv.unit.outbox.kafka;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.stereotype.Component;
import vn.pdv.schemas.Topics;
import vn.pdv.schemas.serde.AvroSerializer;
import vn.pdv.schemas.signing.EventSigner;
import vn.pdv.unit.outbox.LoggedEvent;
import vn.pdv.unit.outbox.Publisher;

/**
 * Sends a batch to the events topic keyed by the committee's code (so one partition keeps its order) through the
 * application's idempotent producer settings, which keep that order across retries and across batches still in
 * flight. One callback per record, no future per record: the answer completes once the last of them has been heard
 * from.
 *
 * <p>Each value is serialized here rather than in the producer, so that the {@link EventSigner} signs the very bytes
 * that go out (wire format with schema id, key, topic), the whole batch under one Ed25519 signature, and each record
 * carries the signature and its own path to the signed root in its headers.
 */
@Component
class KafkaPublisher implements Publisher, DisposableBean {

    private final DefaultKafkaProducerFactory<Object, Object> producers;
    private final KafkaTemplate<String, byte[]> kafka;
    private final AvroSerializer values;
    private final EventSigner signer;

    KafkaPublisher(ProducerFactory<Object, Object> applicationProducers, EventSigner signer) {
        var application = (DefaultKafkaProducerFactory<Object, Object>) applicationProducers;
        this.values = new AvroSerializer();
        this.values.configure(application.getConfigurationProperties(), false);
        this.producers = (DefaultKafkaProducerFactory<Object, Object>) application.copyWithConfigurationOverride(
                Map.of(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class));
        this.kafka = new KafkaTemplate<>(bytes(producers));
        this.signer = signer;
    }

    @Override
    public CompletableFuture<Long> publish(List<LoggedEvent> events) {
        Acknowledgements acknowledgements = new Acknowledgements(events);
        List<ProducerRecord<String, byte[]>> records;
        try {
            records = signed(events);
        } catch (RuntimeException e) {
            // The registry unreachable: nothing of the batch is sent, all of it is tried again.
            acknowledgements.notSent(0, e);
            return acknowledgements.done;
        }
        kafka.execute(producer -> {
            for (int i = 0; i < records.size(); i++) {
                int index = i;
                if (acknowledgements.failedBefore(index)) {
                    // A failure already heard of (the broker unreachable): sending more would only wait as long.
                    acknowledgements.handedOver(index);
                    return null;
                }
                try {
                    producer.send(records.get(index), (metadata, failure) -> acknowledgements.heard(index, failure));
                } catch (RuntimeException e) {
                    // Metadata (broker down) failures surface here.
                    acknowledgements.notSent(index, e);
                    return null;
                }
            }
            acknowledgements.handedOver(records.size());
            return null;
        });
        return acknowledgements.done;
    }

    /** The batch as it goes out: each value serialized once, and the batch signed over those very bytes. */
    private List<ProducerRecord<String, byte[]>> signed(List<LoggedEvent> events) {
        List<EventSigner.Unsigned> batch = new ArrayList<>(events.size());
        for (LoggedEvent event : events) {
            batch.add(new EventSigner.Unsigned(event.unit().value(),
                    values.serialize(Topics.UNIT_EVENTS, AvroEvents.toAvro(event))));
        }
        return signer.records(Topics.UNIT_EVENTS, batch);
    }

    /** The copy writes byte arrays as they are; its declared types are the application factory's. */
    @SuppressWarnings("unchecked")
    private static ProducerFactory<String, byte[]> bytes(ProducerFactory<Object, Object> factory) {
        return (ProducerFactory<String, byte[]>) (ProducerFactory<?, ?>) factory;
    }

    @Override
    public void destroy() {
        producers.destroy();
        values.close();
    }

    /** What the broker has said so far about one batch; callbacks arrive on the producer's own thread. */
    private static final class Acknowledgements {

        private final List<LoggedEvent> events;
        private final CompletableFuture<Long> done = new CompletableFuture<>();
        private int handedOver = -1;
        private int heard;
        private int firstFailed = Integer.MAX_VALUE;
        private Throwable failure;

        Acknowledgements(List<LoggedEvent> events) {
            this.events = events;
        }

        synchronized void heard(int index, Exception failed) {
            heard++;
            if (failed != null) {
                failedAt(index, failed);
            }
            completeWhenAllHeard();
        }

        synchronized void notSent(int index, RuntimeException failed) {
            failedAt(index, failed);
            handedOver(index);
        }

        synchronized void handedOver(int count) {
            handedOver = count;
            completeWhenAllHeard();
        }

        synchronized boolean failedBefore(int index) {
            return firstFailed < index;
        }

        private void failedAt(int index, Throwable failed) {
            if (index < firstFailed) {
                firstFailed = index;
                failure = failed;
            }
        }

        private void completeWhenAllHeard() {
            if (handedOver < 0 || heard < handedOver) {
                return;
            }
            if (failure == null) {
                done.complete(events.getLast().sequence());
            } else {
                long lastAcknowledged = events.get(firstFailed).sequence() - 1;
                done.completeExceptionally(new PublishFailure(lastAcknowledged, describe(failure), failure));
            }
        }
    }

    /** What an operator needs in {@code lastError}: the kind of failure as well as its message. */
    private static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == failure ? failure.getClass().getSimpleName() + ": " + failure.getMessage()
                : failure.getMessage() + " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
    }
}
