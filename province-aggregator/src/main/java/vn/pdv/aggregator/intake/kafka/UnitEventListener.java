package vn.pdv.aggregator.intake.kafka;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.core.log.LogAccessor;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.kafka.support.serializer.SerializationUtils;
import org.springframework.stereotype.Component;
import vn.pdv.aggregator.intake.Received;
import vn.pdv.aggregator.intake.application.Intake;
import vn.pdv.schemas.Topics;

/**
 * Takes the unit-events topic a poll at a time: decodes each record ({@link UnitEvents}), applies the sound ones as
 * one batch, and sends each record that cannot be read or is forged to the dead-letter topic with the reason, while
 * the rest of its batch proceeds. Offsets are committed after the listener returns; a failure to apply (MongoDB
 * unreachable, say) retries the whole batch, which the intake's guards make harmless.
 */
@Component
class UnitEventListener {

    private static final LogAccessor LOG = new LogAccessor(UnitEventListener.class);

    private final Intake intake;
    private final DeadLetterPublishingRecoverer deadLetters;

    UnitEventListener(Intake intake, DeadLetterPublishingRecoverer deadLetters) {
        this.intake = intake;
        this.deadLetters = deadLetters;
    }

    @KafkaListener(id = "unit-events", topics = Topics.UNIT_EVENTS, groupId = "${pdv.aggregator.group-id}",
            containerFactory = KafkaIntakeConfiguration.BATCH_FACTORY)
    void on(List<ConsumerRecord<String, Object>> records, Consumer<?, ?> consumer) {
        List<Received> batch = new ArrayList<>(records.size());
        Map<ConsumerRecord<String, Object>, Exception> refused = new LinkedHashMap<>();
        for (ConsumerRecord<String, Object> record : records) {
            DeserializationException unreadable = SerializationUtils.getExceptionFromHeader(record,
                    SerializationUtils.VALUE_DESERIALIZER_EXCEPTION_HEADER, LOG);
            if (unreadable != null) {
                refused.put(record, unreadable);
                continue;
            }
            try {
                batch.add(UnitEvents.decode(record));
            } catch (RuntimeException unsound) {
                refused.put(record, unsound);
            }
        }
        intake.apply(batch);
        refused.forEach((record, failure) -> deadLetters.accept(record, consumer, failure));
    }
}
