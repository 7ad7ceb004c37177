package vn.pdv.unit.outbox.kafka;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.apache.avro.specific.SpecificRecord;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;
import org.springframework.stereotype.Component;
import vn.pdv.schemas.Topics;
import vn.pdv.unit.outbox.LoggedEvent;
import vn.pdv.unit.outbox.Publisher;

/**
 * Sends a batch to the events topic keyed by the committee's code (so one partition keeps its order)
 * through an idempotent producer, then waits for every acknowledgement in order.
 */
@Component
class KafkaPublisher implements Publisher {

    private final KafkaTemplate<String, SpecificRecord> kafka;

    KafkaPublisher(KafkaTemplate<String, SpecificRecord> kafka) {
        this.kafka = kafka;
    }

    @Override
    public long publish(List<LoggedEvent> events) throws PublishFailure {
        long acknowledged = events.getFirst().sequence() - 1;
        List<CompletableFuture<SendResult<String, SpecificRecord>>> sent = new ArrayList<>(events.size());
        RuntimeException sendFailure = null;
        for (LoggedEvent event : events) {
            try {
                sent.add(kafka.send(Topics.UNIT_EVENTS, event.unit().value(), AvroEvents.toAvro(event)));
            } catch (RuntimeException e) {
                // Serialization (registry down) or metadata (broker down) failures surface here.
                sendFailure = e;
                break;
            }
        }
        for (int i = 0; i < sent.size(); i++) {
            try {
                sent.get(i).get();
                acknowledged = events.get(i).sequence();
            } catch (ExecutionException e) {
                throw new PublishFailure(acknowledged, describe(e.getCause()), e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new PublishFailure(acknowledged, "interrupted", e);
            }
        }
        if (sendFailure != null) {
            throw new PublishFailure(acknowledged, describe(sendFailure), sendFailure);
        }
        return acknowledged;
    }

    private static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == failure ? String.valueOf(failure.getMessage())
                : failure.getMessage() + " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
    }
}
