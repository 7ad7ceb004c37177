package vn.pdv.demo.aggregator;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import vn.pdv.aggregator.fulfilment.Stage;
import vn.pdv.events.CandidateAdmitted;
import vn.pdv.events.CandidateExited;
import vn.pdv.events.CandidateStage;
import vn.pdv.events.EventMetadata;
import vn.pdv.events.ExitReason;
import vn.pdv.events.Gender;
import vn.pdv.events.IntroducingOrganisation;
import vn.pdv.events.ReportingAttributes;
import vn.pdv.events.SourceCreated;
import vn.pdv.events.UnitKind;
import vn.pdv.events.UnitRegistered;
import vn.pdv.schemas.Topics;
import vn.pdv.schemas.serde.AvroSerdeConfig;
import vn.pdv.schemas.serde.AvroSerializer;
import vn.pdv.schemas.signing.EventSigner;
import vn.pdv.schemas.signing.LocalStackKeys;
import vn.pdv.stack.TestStack;

/**
 * Many committees' logs, scripted up front and played onto the real topic in rounds, interleaved, as their relays
 * would: keyed by committee (so spread over the partitions), sequences from 1, and every 40th event sent a second
 * time later on (a relay's resend). Each log: its registration, then candidates identified as sources across 2024;
 * every third of them later admitted, every seventh exits. What each committee's figures must be follows from the
 * script alone, never from the aggregator.
 */
final class CommitteeLogs implements AutoCloseable {

    private static final LocalDate NEW_YEAR = LocalDate.of(2024, 1, 1);

    private final List<String> committees = new ArrayList<>();
    private final Map<String, List<SpecificRecord>> scripts = new HashMap<>();
    private final Map<TopicPartition, Map<Long, String>> placed = new HashMap<>();
    private final AvroSerializer values = new AvroSerializer();
    private final KafkaProducer<String, byte[]> producer;
    private final Map<String, EventSigner> signers = new HashMap<>();
    private int played;

    /** @param candidates per committee; each log holds about 1.5 events per candidate */
    CommitteeLogs(String prefix, int count, int candidates) {
        String run = UUID.randomUUID().toString().substring(0, 4).toUpperCase();
        for (int c = 0; c < count; c++) {
            String committee = prefix + run + "-" + c;
            committees.add(committee);
            scripts.put(committee, script(committee, candidates));
        }
        // One request in flight. With several, when the first (sequence 0) fails with a retriable error, the broker,
        // holding no state for the producer yet, takes the later ones; the first's retry is then refused as out of
        // order until the delivery timeout fails the test (KAFKA-14359; seen once, with the two kill tests side by
        // side: "0 (incoming seq. number), 2961 (current end sequence number)"). Alone in flight, a request is retried
        // before any later one is sent.
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestStack.kafkaBootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.LINGER_MS_CONFIG, 5,
                ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 1,
                AvroSerdeConfig.SCHEMA_REGISTRY_URL, TestStack.schemaRegistryUrl());
        values.configure(config, false);
        producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
    }

    List<String> committees() {
        return committees;
    }

    /** Events per log, duplicates not counted: the last sequence of each. */
    long lastSequence(String committee) {
        return scripts.get(committee).stream().mapToLong(event -> metadata(event).getSequence()).max().orElse(0);
    }

    /** The highest sequence played so far, summed over the logs. */
    long played() {
        return committees.stream().mapToLong(committee -> {
            List<SpecificRecord> script = scripts.get(committee);
            return script.subList(0, Math.min(played, script.size())).stream()
                    .mapToLong(event -> metadata(event).getSequence()).max().orElse(0);
        }).sum();
    }

    /** Plays the next {@code share} (0–1] of every log, interleaved, and waits for the broker to hold it all. */
    void playNext(double share) {
        int longest = scripts.values().stream().mapToInt(List::size).max().orElse(0);
        int until = Math.min(longest, played + (int) Math.ceil(longest * share));
        List<Future<RecordMetadata>> sent = new ArrayList<>();
        List<String> of = new ArrayList<>();
        // Each log's share signed as one batch with its committee's local-stack key, as its relay would.
        for (String committee : committees) {
            List<SpecificRecord> script = scripts.get(committee);
            List<EventSigner.Unsigned> batch = new ArrayList<>();
            for (int round = played; round < Math.min(until, script.size()); round++) {
                batch.add(new EventSigner.Unsigned(committee, values.serialize(Topics.UNIT_EVENTS, script.get(round))));
            }
            if (batch.isEmpty()) {
                continue;
            }
            for (ProducerRecord<String, byte[]> record : signers.computeIfAbsent(committee, LocalStackKeys::signer)
                    .records(Topics.UNIT_EVENTS, batch)) {
                sent.add(producer.send(record));
                of.add(committee);
            }
        }
        producer.flush();
        for (int i = 0; i < sent.size(); i++) {
            try {
                RecordMetadata metadata = sent.get(i).get();
                placed.computeIfAbsent(new TopicPartition(metadata.topic(), metadata.partition()), p -> new HashMap<>())
                        .put(metadata.offset(), of.get(i));
            } catch (InterruptedException | ExecutionException e) {
                throw new IllegalStateException(e);
            }
        }
        played = until;
    }

    void playAll() {
        playNext(1.0);
    }

    /** Where each of these logs' records landed: partition → offset → committee. */
    Map<TopicPartition, Map<Long, String>> placed() {
        return placed;
    }

    /** The figures {@code GET /api/progress/{committee}/2024} must show once the whole log is applied. */
    Expected expected(String committee) {
        long sources = 0;
        long admissions = 0;
        long exits = 0;
        Map<String, Stage> stages = new HashMap<>();
        long applied = 0;
        for (SpecificRecord event : scripts.get(committee)) {
            if (metadata(event).getSequence() <= applied) {
                continue;
            }
            applied = metadata(event).getSequence();
            switch (event) {
                case SourceCreated source -> {
                    sources++;
                    stages.merge(source.getCandidateId(), Stage.SOURCE, CommitteeLogs::further);
                }
                case CandidateAdmitted admitted -> {
                    admissions++;
                    stages.merge(admitted.getCandidateId(), Stage.PROBATIONARY_MEMBER, CommitteeLogs::further);
                }
                case CandidateExited exited -> {
                    exits++;
                    stages.merge(exited.getCandidateId(), Stage.EXITED, CommitteeLogs::further);
                }
                default -> {
                }
            }
        }
        Map<Stage, Long> stock = new EnumMap<>(Stage.class);
        stages.values().forEach(stage -> stock.merge(stage, 1L, Long::sum));
        return new Expected(sources, admissions, exits, stock);
    }

    record Expected(long sources, long admissions, long exits, Map<Stage, Long> stock) {
    }

    private static Stage further(Stage one, Stage other) {
        return one.ordinal() >= other.ordinal() ? one : other;
    }

    private static List<SpecificRecord> script(String committee, int candidates) {
        List<SpecificRecord> events = new ArrayList<>();
        long[] sequence = {0};
        events.add(UnitRegistered.newBuilder().setMetadata(metadata(committee, ++sequence[0])).setCode(committee)
                .setName("Đảng bộ " + committee).setKind(UnitKind.GRASSROOTS_COMMITTEE).setParentCode(null)
                .setEffectiveFrom(NEW_YEAR).build());
        List<String> admitLater = new ArrayList<>();
        for (int i = 0; i < candidates; i++) {
            String candidate = UUID.randomUUID().toString();
            LocalDate on = NEW_YEAR.plusDays(i % 300);
            events.add(SourceCreated.newBuilder().setMetadata(metadata(committee, ++sequence[0])).setCandidateId(candidate)
                    .setBranchCode(committee).setIntroducedBy(IntroducingOrganisation.YOUTH_UNION).setIdentifiedOn(on)
                    .setAttributes(attributes(i)).build());
            if (i % 3 == 0) {
                admitLater.add(candidate);
            }
            if (i % 7 == 6) {
                events.add(CandidateExited.newBuilder().setMetadata(metadata(committee, ++sequence[0]))
                        .setCandidateId(candidate).setBranchCode(committee).setReason(ExitReason.WITHDRAWN_FROM_SOURCES)
                        .setStageAtExit(CandidateStage.SOURCE).setExitedOn(on.plusDays(10)).setAttributes(attributes(i))
                        .build());
            }
            if (admitLater.size() == 4) {
                String admitted = admitLater.removeFirst();
                events.add(CandidateAdmitted.newBuilder().setMetadata(metadata(committee, ++sequence[0]))
                        .setCandidateId(admitted).setBranchCode(committee).setDecidedBy(committee)
                        .setDecisionNumber("1-QĐ/ĐU").setDecidedOn(on).setAdmittedOn(on.plusDays(5))
                        .setReadmission(false).setAttributes(attributes(i)).build());
            }
            if (events.size() % 40 == 0) {
                // The relay resends an event it had already delivered: same metadata, same sequence.
                events.add(events.get(events.size() - 25));
            }
        }
        return events;
    }

    private static EventMetadata metadata(SpecificRecord event) {
        return (EventMetadata) event.get(event.getSchema().getField("metadata").pos());
    }

    private static EventMetadata metadata(String committee, long sequence) {
        return EventMetadata.newBuilder().setEventId(UUID.randomUUID().toString()).setUnitCode(committee)
                .setSequence(sequence).setOccurredAt(Instant.parse("2024-05-19T00:00:00Z"))
                .setRecordedAt(Instant.parse("2024-01-01T00:00:00Z").plusSeconds(sequence)).build();
    }

    private static ReportingAttributes attributes(int i) {
        return ReportingAttributes.newBuilder().setGender(i % 2 == 0 ? Gender.FEMALE : Gender.MALE)
                .setBirthYear(1990 + i % 20).setYouthUnionMember(i % 2 == 0).setTradeUnionMember(i % 2 == 1).build();
    }

    @Override
    public void close() {
        producer.close();
        values.close();
    }
}
