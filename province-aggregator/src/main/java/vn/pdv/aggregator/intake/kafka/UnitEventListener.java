package vn.pdv.aggregator.intake.kafka;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.log.LogAccessor;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.kafka.support.serializer.SerializationUtils;
import org.springframework.stereotype.Component;
import vn.pdv.aggregator.alert.application.RefusedEvents;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.intake.Received;
import vn.pdv.aggregator.intake.application.Intake;
import vn.pdv.aggregator.keys.Refusal;
import vn.pdv.aggregator.keys.SignedRecord;
import vn.pdv.aggregator.keys.application.TrustedKeys;
import vn.pdv.schemas.Topics;
import vn.pdv.schemas.serde.AvroDeserializer;
import vn.pdv.schemas.serde.AvroSerdeConfig;
import vn.pdv.schemas.signing.EventSignatures;

/**
 * Takes the unit-events topic a poll at a time, as the bytes the committees published: decodes each record
 * ({@link UnitEvents}), checks its signature against the province's key directory ({@link TrustedKeys}), applies the
 * sound ones as one batch, and sends each record that cannot be read, is forged, or is refused (its signature, or the
 * intake's authority check) to the dead-letter topic with the reason, raising an alert to the province for each
 * refusal, while the rest of its batch proceeds. Offsets are committed after the listener returns; a failure to apply
 * (MongoDB unreachable, say) retries the whole batch, which the intake's guards make harmless.
 *
 * <p>Values arrive as bytes (this listener overrides the value deserializer) because the signature covers the exact
 * published bytes; they are decoded here with the project's one Avro deserializer.
 */
@Component
class UnitEventListener implements DisposableBean {

    private static final LogAccessor LOG = new LogAccessor(UnitEventListener.class);

    private final Intake intake;
    private final DeadLetterPublishingRecoverer deadLetters;
    private final TrustedKeys keys;
    private final RefusedEvents refusals;
    private final Clock clock;
    private final AvroDeserializer values = new AvroDeserializer();

    UnitEventListener(Intake intake, DeadLetterPublishingRecoverer deadLetters, TrustedKeys keys,
                      RefusedEvents refusals, Clock clock, @Value("${pdv.schema-registry.url}") String registry) {
        this.intake = intake;
        this.deadLetters = deadLetters;
        this.keys = keys;
        this.refusals = refusals;
        this.clock = clock;
        this.values.configure(Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL, registry), false);
    }

    @KafkaListener(id = "unit-events", topics = Topics.UNIT_EVENTS, groupId = "${pdv.aggregator.group-id}",
            containerFactory = KafkaIntakeConfiguration.BATCH_FACTORY,
            properties = "value.deserializer=org.apache.kafka.common.serialization.ByteArrayDeserializer")
    void on(List<ConsumerRecord<String, byte[]>> records, Consumer<?, ?> consumer) {
        List<Received> batch = new ArrayList<>(records.size());
        Map<Received, ConsumerRecord<String, byte[]>> sources = new IdentityHashMap<>();
        Map<ConsumerRecord<String, byte[]>, Exception> refused = new LinkedHashMap<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            DeserializationException unreadable = SerializationUtils.getExceptionFromHeader(record,
                    SerializationUtils.KEY_DESERIALIZER_EXCEPTION_HEADER, LOG);
            if (unreadable != null) {
                refused.put(record, unreadable);
                continue;
            }
            Received received = null;
            RuntimeException unsound = null;
            try {
                received = UnitEvents.decode(record, values.deserialize(record.topic(), record.value()));
            } catch (RuntimeException e) {
                unsound = e;
            }
            // The signature first: a record changed in transit is refused as such even when it no longer decodes.
            Optional<UnitCode> claimed = received != null ? Optional.of(received.origin().log()) : keyed(record);
            Instant recordedAt = received == null ? null : received.recordedAt();
            Optional<Refusal> refusal = claimed.flatMap(committee -> keys.check(signed(record, committee,
                    recordedAt)));
            if (refusal.isPresent()) {
                refused.put(record, new RefusedRecordException(refusal.get()));
                continue;
            }
            if (unsound != null) {
                refused.put(record, unsound);
                continue;
            }
            batch.add(received);
            sources.put(received, record);
        }
        intake.apply(batch).forEach((event, refusal) ->
                refused.put(sources.get(event), new RefusedRecordException(refusal)));
        refused.forEach((record, failure) -> {
            deadLetters.accept(record, consumer, failure);
            if (failure instanceof RefusedRecordException refusal) {
                alert(record, refusal.refusal());
            }
        });
    }

    /** @param recordedAt null when the value does not decode: the key's validity dates are not checked then */
    private SignedRecord signed(ConsumerRecord<String, byte[]> record, UnitCode committee, Instant recordedAt) {
        return new SignedRecord(record.topic(), record.key() == null ? null
                : record.key().getBytes(StandardCharsets.UTF_8), record.value(),
                header(record, EventSignatures.SIGNATURE_HEADER), header(record, EventSignatures.PATH_HEADER),
                text(header(record, EventSignatures.KEY_ID_HEADER)),
                committee, recordedAt == null ? null : LocalDate.ofInstant(recordedAt, clock.getZone()));
    }

    /** The committee a record's key names, when it names one at all. */
    private static Optional<UnitCode> keyed(ConsumerRecord<String, byte[]> record) {
        return record.key() != null && record.key().matches(UnitCode.PATTERN) ? Optional.of(new UnitCode(record.key()))
                : Optional.empty();
    }

    private void alert(ConsumerRecord<String, byte[]> record, Refusal refusal) {
        String where = record.topic() + "-" + record.partition() + "@" + record.offset();
        refusals.raise(keyed(record).orElse(new UnitCode("UNKEYED")), refusal.reason().code(), refusal.reason().vi(), refusal.reason().en(),
                refusal.detail(), where);
    }

    private static byte[] header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : header.value();
    }

    private static String text(byte[] bytes) {
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }

    @Override
    public void destroy() {
        values.close();
    }
}
