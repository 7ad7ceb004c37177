package vn.pdv.dataset.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import vn.pdv.dataset.BusiestLogs;
import vn.pdv.dataset.Entry;
import vn.pdv.dataset.pipeline.Step;
import vn.pdv.schemas.Topics;
import vn.pdv.schemas.serde.AvroSerdeConfig;
import vn.pdv.schemas.serde.AvroSerializer;
import vn.pdv.schemas.signing.EventSigner;
import vn.pdv.schemas.signing.LocalStackKeys;

/**
 * Puts entries on {@code pdv.unit-events} as a unit service's relay does: keyed by the committee (so a log stays in
 * one partition, in order), the value written by the project's serde against the registry, each log's records signed
 * in batches of {@value #SIGNED_BATCH} with its committee's local-stack key (the headers of {@code EventSignatures}),
 * an idempotent producer with {@code acks=all}. Built for volume: large batches, a longer linger, no compression. The record's
 * timestamp is the broker's now, as for a relay publishing today; an event's own days are in its metadata.
 */
public final class TopicWriter implements AutoCloseable {

    /** As the services declare the topic ({@code pdv.topics.partitions}). */
    public static final int PARTITIONS = 6;

    /** Events a log's relay signs together, as the unit service's relay batches them. */
    static final int SIGNED_BATCH = 250;

    private final String bootstrapServers;
    private final AvroSerializer values = new AvroSerializer();
    private final KafkaProducer<String, byte[]> producer;
    private final Map<String, EventSigner> signers = new HashMap<>();

    public TopicWriter(String bootstrapServers, String schemaRegistryUrl) {
        this.bootstrapServers = bootstrapServers;
        Map<String, Object> config = new LinkedHashMap<>();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        config.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        config.put(ProducerConfig.BUFFER_MEMORY_CONFIG, 64L * 1024 * 1024);
        config.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "none");
        config.put(AvroSerdeConfig.SCHEMA_REGISTRY_URL, schemaRegistryUrl);
        values.configure(config, false);
        this.producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
    }

    /** Creates the events topic with the services' layout unless it is there already (a broker may auto-create with one). */
    public void ensureTopic() {
        ensureTopics(List.of(Topics.UNIT_EVENTS));
    }

    /**
     * Creates those of the topics that are not there yet, each laid out as the services declare theirs.
     *
     * @return how many were created
     */
    public int ensureTopics(Collection<String> topics) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            Set<String> existing = admin.listTopics().names().get();
            List<NewTopic> missing = topics.stream().filter(topic -> !existing.contains(topic))
                    .map(topic -> new NewTopic(topic, PARTITIONS, (short) 1)).toList();
            admin.createTopics(missing).all().get();
            return missing.size();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("Cannot create " + topics + ": " + e.getCause(), e);
            }
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Sends every entry and returns once the broker has acknowledged them all.
     *
     * @throws IllegalStateException when the broker refused any (nothing is retried past the producer's own retries)
     */
    public Written write(Iterator<Entry> entries) {
        AtomicReference<Exception> failed = new AtomicReference<>();
        Map<String, Long> lastSequences = new LinkedHashMap<>();
        Map<String, Long> byType = new TreeMap<>();
        Map<Integer, Long> stepsByYear = new TreeMap<>();
        BusiestLogs busiest = new BusiestLogs();
        long count = 0;
        long start = System.nanoTime();
        Map<String, List<EventSigner.Unsigned>> pending = new HashMap<>();
        while (entries.hasNext() && failed.get() == null) {
            Entry entry = entries.next();
            String log = entry.log().value();
            List<EventSigner.Unsigned> batch = pending.computeIfAbsent(log, l -> new ArrayList<>(SIGNED_BATCH));
            batch.add(new EventSigner.Unsigned(log, values.serialize(Topics.UNIT_EVENTS, AvroEvents.toAvro(entry))));
            if (batch.size() == SIGNED_BATCH) {
                send(log, pending.remove(log), failed);
            }
            count++;
            lastSequences.put(entry.log().value(), entry.sequence());
            byType.merge(type(entry), 1L, Long::sum);
            if (entry.fact() instanceof Step step) {
                stepsByYear.merge(step.occurredOn().getYear(), 1L, Long::sum);
            }
            busiest.add(entry);
        }
        pending.forEach((log, batch) -> send(log, batch, failed));
        producer.flush();
        if (failed.get() != null) {
            throw new IllegalStateException("The broker refused an event: " + failed.get().getMessage(), failed.get());
        }
        return new Written(count, Duration.ofNanos(System.nanoTime() - start), lastSequences, byType, stepsByYear,
                busiest);
    }

    /** One log's batch, signed with its committee's local-stack key as its relay would sign it, in order. */
    private void send(String log, List<EventSigner.Unsigned> batch, AtomicReference<Exception> failed) {
        for (ProducerRecord<String, byte[]> record : signers.computeIfAbsent(log, LocalStackKeys::signer)
                .records(Topics.UNIT_EVENTS, batch)) {
            producer.send(record, (metadata, exception) -> {
                if (exception != null) {
                    failed.compareAndSet(null, exception);
                }
            });
        }
    }

    private static String type(Entry entry) {
        return switch (entry.fact()) {
            case vn.pdv.dataset.organisation.Unit unit -> "UnitRegistered";
            default -> entry.fact().getClass().getSimpleName();
        };
    }

    @Override
    public void close() {
        producer.close();
        values.close();
    }

    /**
     * What went onto the topic.
     *
     * @param lastSequences every log's last sequence: the aggregator has applied everything once it shows these
     * @param byType        events per contract record name
     * @param stepsByYear   candidates' steps per year of the day they happened
     * @param busiest       the most steps one committee recorded in a day and in an hour
     */
    public record Written(long events, Duration took, Map<String, Long> lastSequences, Map<String, Long> byType,
                          Map<Integer, Long> stepsByYear, BusiestLogs busiest) {

        public double perSecond() {
            return events * 1e9 / Math.max(1, took.toNanos());
        }
    }
}
