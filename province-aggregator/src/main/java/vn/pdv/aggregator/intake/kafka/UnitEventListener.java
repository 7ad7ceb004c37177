package vn.pdv.aggregator.intake.kafka;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.log.LogAccessor;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.kafka.support.serializer.SerializationUtils;
import org.springframework.stereotype.Component;
import vn.pdv.aggregator.alert.application.RefusedEvents;
import vn.pdv.aggregator.hierarchy.Origin;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.intake.Received;
import vn.pdv.aggregator.intake.Waiting;
import vn.pdv.aggregator.intake.application.Intake;
import vn.pdv.aggregator.keys.Refusal;
import vn.pdv.aggregator.keys.SignedRecord;
import vn.pdv.aggregator.keys.application.TrustedKeys;
import vn.pdv.schemas.Topics;
import vn.pdv.schemas.serde.AvroDeserializer;
import vn.pdv.schemas.serde.AvroSerdeConfig;
import vn.pdv.schemas.serde.SchemaRegistryUnreachableException;
import vn.pdv.schemas.signing.EventSignatures;

/**
 * Takes the unit-events topic a poll at a time, as the bytes the committees published: decodes each record
 * ({@link UnitEvents}), checks its signature against the province's key directory ({@link TrustedKeys}), applies the
 * sound ones as one batch, and sends each record that cannot be read, is forged, or is refused (its signature, or the
 * intake's authority check) to the dead-letter topic with the reason, raising an alert to the province for each
 * refusal, while the rest of its batch proceeds. Offsets are committed after the listener returns; a failure to apply
 * (MongoDB unreachable, say) retries the whole batch, which the intake's guards make harmless.
 *
 * <p>A record whose change names a unit the province has not heard of yet (a province's quota for a commune whose own
 * log, on another partition, has not arrived) is kept as it arrived ({@link Waiting}) rather than refused; after each
 * batch that registered a unit or kept a record, the kept records whose unit is now known are taken in again through
 * the same checks, so one that turns out to reach outside its committee's subtree still lands on the dead-letter topic.
 * Keeping comes before looking, on every instance, so of two instances, one keeping a record and the other
 * registering its unit at the same moment, at least one sees both.
 *
 * <p>Values arrive as bytes (this listener overrides the value deserializer) because the signature covers the exact
 * published bytes; they are decoded here with the project's one Avro deserializer.
 */
@Component
class UnitEventListener implements DisposableBean {

    private static final LogAccessor LOG = new LogAccessor(UnitEventListener.class);
    /** Rounds of taking waiting records in, each after one that registered more units: deeper than any real tree. */
    private static final int MAX_ROUNDS = 16;

    private final Intake intake;
    private final DeadLetterPublishingRecoverer deadLetters;
    private final TrustedKeys keys;
    private final RefusedEvents refusals;
    private final Waiting waiting;
    private final Clock clock;
    private final AvroDeserializer values = new AvroDeserializer();

    UnitEventListener(Intake intake, DeadLetterPublishingRecoverer deadLetters, TrustedKeys keys,
                      RefusedEvents refusals, Waiting waiting, Clock clock,
                      @Value("${pdv.schema-registry.url}") String registry) {
        this.intake = intake;
        this.deadLetters = deadLetters;
        this.keys = keys;
        this.refusals = refusals;
        this.waiting = waiting;
        this.clock = clock;
        this.values.configure(Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL, registry), false);
    }

    @KafkaListener(id = "unit-events", topics = Topics.UNIT_EVENTS, groupId = "${pdv.aggregator.group-id}",
            containerFactory = KafkaIntakeConfiguration.BATCH_FACTORY,
            properties = "value.deserializer=org.apache.kafka.common.serialization.ByteArrayDeserializer")
    void on(List<ConsumerRecord<String, byte[]>> records, Consumer<?, ?> consumer) {
        Taken taken = take(records, consumer);
        if (taken.registered() || !taken.kept().isEmpty()) {
            takeWaitingIn(consumer);
        }
    }

    /** What a pass left behind: the ids of the records it kept waiting, and whether it registered a unit. */
    private record Taken(Set<String> kept, boolean registered) {
    }

    private Taken take(List<ConsumerRecord<String, byte[]>> records, Consumer<?, ?> consumer) {
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
            } catch (SchemaRegistryUnreachableException e) {
                // The registry is down, not the record wrong: nothing of this batch is applied yet, so the batch fails
                // whole and the container's error handler offers it again after its back-off, until the registry
                // answers. A dead letter here would leave a gap in the committee's log for a passing outage.
                throw e;
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
        Intake.Outcome outcome = intake.apply(batch);
        outcome.refused().forEach((event, refusal) ->
                refused.put(sources.get(event), new RefusedRecordException(refusal)));
        List<Waiting.Kept> kept = new ArrayList<>();
        outcome.waiting().forEach((event, unknown) -> kept.add(kept(sources.get(event), event, unknown)));
        waiting.keep(kept);
        kept.forEach(event -> LOG.info(() -> "Event " + event.summary().id() + " waits for "
                + event.summary().waitingFor() + ", which no log has registered yet"));
        refused.forEach((record, failure) -> {
            deadLetters.accept(record, consumer, failure);
            if (failure instanceof RefusedRecordException refusal) {
                alert(record, refusal.refusal());
            }
        });
        Set<String> keptIds = new HashSet<>();
        kept.forEach(event -> keptIds.add(event.summary().id()));
        return new Taken(keptIds, outcome.registered());
    }

    /**
     * Takes in again, in their logs' order, the kept records whose unit is now known, forgetting each once taken
     * (applied, refused, or kept anew for another unit further up); again while that registers more.
     */
    private void takeWaitingIn(Consumer<?, ?> consumer) {
        for (int round = 0; round < MAX_ROUNDS; round++) {
            List<Waiting.Kept.Summary> all = waiting.summaries();
            Set<UnitCode> unknown = intake.unknown(all.stream().map(Waiting.Kept.Summary::waitingFor)
                    .collect(Collectors.toSet()));
            List<String> ready = all.stream().filter(event -> !unknown.contains(event.waitingFor()))
                    .map(Waiting.Kept.Summary::id).toList();
            if (ready.isEmpty()) {
                return;
            }
            List<ConsumerRecord<String, byte[]>> records = waiting.read(ready).stream()
                    .sorted(Comparator.comparing((Waiting.Kept event) -> event.summary().log().value())
                            .thenComparingLong(event -> event.summary().sequence()))
                    .map(UnitEventListener::record).toList();
            Taken again = take(records, consumer);
            waiting.forget(ready.stream().filter(id -> !again.kept().contains(id)).toList());
            if (!again.registered()) {
                return;
            }
        }
    }

    private static Waiting.Kept kept(ConsumerRecord<String, byte[]> record, Received event, UnitCode unknown) {
        List<Waiting.Kept.Header> headers = new ArrayList<>();
        record.headers().forEach(header -> headers.add(new Waiting.Kept.Header(header.key(), header.value())));
        Origin origin = event.origin();
        return new Waiting.Kept(new Waiting.Kept.Summary(Waiting.Kept.Summary.id(origin.log(), origin.sequence()),
                origin.log(), origin.sequence(), unknown), record.topic(), record.partition(), record.offset(),
                record.timestamp(), record.key(), record.value(), headers);
    }

    /** The record as it arrived: same topic, place, timestamp, key, bytes and headers. */
    private static ConsumerRecord<String, byte[]> record(Waiting.Kept event) {
        RecordHeaders headers = new RecordHeaders();
        event.headers().forEach(header -> headers.add(header.name(), header.value()));
        return new ConsumerRecord<>(event.topic(), event.partition(), event.offset(), event.timestamp(),
                TimestampType.CREATE_TIME, ConsumerRecord.NULL_SIZE, ConsumerRecord.NULL_SIZE, event.key(),
                event.value(), headers, Optional.empty());
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
