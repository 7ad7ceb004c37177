package vn.pdv.benchmarks;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.PublicKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import vn.pdv.schemas.serde.AvroDeserializer;
import vn.pdv.schemas.serde.AvroSerdeConfig;
import vn.pdv.schemas.serde.AvroSerializer;
import vn.pdv.schemas.signing.Ed25519Keys;
import vn.pdv.schemas.signing.EventSignatures;
import vn.pdv.schemas.signing.EventSigner;

/**
 * What signing costs at the relay and verifying at the aggregator, each measured with and without in the same run on
 * the same events (those the relay published, repeated to {@code pdv.bench.signing-events}, after a warm-up): the
 * relay's publishing work (serialize each value, hand it to the relay's producer settings, lz4 included, await every
 * acknowledgement) in batches of the relay's size, without a signature and with the batch signed as
 * {@code KafkaPublisher} signs it; and the aggregator's reading work (poll, decode each value through the registry)
 * without and with the check {@code TrustedKeys} makes (leaf, path, the root's Ed25519 verification once per batch).
 * After {@value #WARM_UP_ROUNDS} rounds of each not counted, each is run {@value #ROUNDS} times, alternating, and the
 * fastest of each kept, since the machine is shared.
 *
 * <p>The difference, in microseconds per event, is what signing or verifying adds to each event the service handles;
 * set against the time the relay and the aggregator of the same run spend per event (MongoDB and all), it is the share
 * of their throughput that signing and verifying cost. The ratio of the two publishing rates alone, MongoDB left out,
 * is printed too: an upper bound that a relay doing nothing but publish would pay.
 */
final class SigningCost {

    /** The relay's batch ({@code RelayProperties}'s default). */
    static final int BATCH = 1000;
    static final int ROUNDS = 5;
    static final int WARM_UP_ROUNDS = 2;

    /** Events per measurement: the relay's events, repeated until there are this many ({@code pdv.bench.signing-events}). */
    private final int load = Integer.getInteger("pdv.bench.signing-events", 50_000);

    private final String bootstrapServers;
    private final String registryUrl;

    SigningCost(String bootstrapServers, String registryUrl) {
        this.bootstrapServers = bootstrapServers;
        this.registryUrl = registryUrl;
    }

    record Result(Rate publishedWithout, Rate publishedWith, Rate readWithout, Rate readWith) {

        /** Microseconds signing adds to each event published. */
        double signingMicros() {
            return micros(publishedWith) - micros(publishedWithout);
        }

        /** Microseconds verifying adds to each event read. */
        double verifyingMicros() {
            return micros(readWith) - micros(readWithout);
        }

        /** The share of a service's throughput that {@code added} microseconds per event cost it, at its own pace. */
        static double share(double added, Rate service) {
            return added / micros(service);
        }

        static double micros(Rate rate) {
            return 1e6 / rate.perSecond();
        }
    }

    /** @param source the topic the relay filled: its events, decoded once, are the load */
    Result measure(String source, RawKafka kafka) {
        List<ProducerRecord<String, SpecificRecord>> relayed = events(source);
        List<ProducerRecord<String, SpecificRecord>> events = new ArrayList<>(load);
        while (events.size() < load) {
            events.addAll(relayed.subList(0, Math.min(relayed.size(), load - events.size())));
        }
        KeyPair key = Ed25519Keys.generate();
        EventSigner signer = new EventSigner("BENCH-1", key.getPrivate());
        // Warm-up, not counted: both ways, in full, until the JIT has compiled serde, producer, lz4, signing and
        // verifying; measured before that, the signed side paid for its compilation and looked twice as dear.
        for (int round = 0; round < WARM_UP_ROUNDS; round++) {
            String plain = "bench.signing.warm-up.off." + round;
            String signed = "bench.signing.warm-up.on." + round;
            kafka.createTopic(plain);
            kafka.createTopic(signed);
            publish(plain, events, null);
            publish(signed, events, signer);
            read(signed, events.size(), false, key.getPublic());
            read(signed, events.size(), true, key.getPublic());
        }
        Rate without = null;
        Rate with = null;
        String signedTopic = null;
        for (int round = 0; round < ROUNDS; round++) {
            String plain = "bench.signing.off." + round;
            String signed = "bench.signing.on." + round;
            kafka.createTopic(plain);
            kafka.createTopic(signed);
            without = faster(without, publish(plain, events, null));
            with = faster(with, publish(signed, events, signer));
            signedTopic = signed;
        }
        Rate readWithout = null;
        Rate readWith = null;
        for (int round = 0; round < ROUNDS; round++) {
            readWithout = faster(readWithout, read(signedTopic, events.size(), false, key.getPublic()));
            readWith = faster(readWith, read(signedTopic, events.size(), true, key.getPublic()));
        }
        return new Result(without, with, readWithout, readWith);
    }

    private List<ProducerRecord<String, SpecificRecord>> events(String source) {
        List<ProducerRecord<String, SpecificRecord>> events = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers), new StringDeserializer(), new ByteArrayDeserializer());
             AvroDeserializer values = new AvroDeserializer()) {
            values.configure(Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL, registryUrl), false);
            List<TopicPartition> partitions = consumer.partitionsFor(source).stream()
                    .map(info -> new TopicPartition(source, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long expected = consumer.endOffsets(partitions).values().stream().mapToLong(Long::longValue).sum();
            while (events.size() < expected) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    events.add(new ProducerRecord<>(source, record.key(),
                            (SpecificRecord) values.deserialize(source, record.value())));
                }
            }
        }
        return events;
    }

    /**
     * As the relay publishes (its producer settings of {@code unit-service.yml}): a batch at a time, serialized here,
     * signed when a signer is given.
     */
    private Rate publish(String topic, List<ProducerRecord<String, SpecificRecord>> events, EventSigner signer) {
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5, ProducerConfig.LINGER_MS_CONFIG, 5,
                ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4", AvroSerdeConfig.SCHEMA_REGISTRY_URL, registryUrl);
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
             AvroSerializer values = new AvroSerializer()) {
            values.configure(config, false);
            producer.partitionsFor(topic);
            values.serialize(topic, events.getFirst().value());
            long start = System.nanoTime();
            for (int from = 0; from < events.size(); from += BATCH) {
                List<EventSigner.Unsigned> batch = new ArrayList<>(BATCH);
                for (var event : events.subList(from, Math.min(events.size(), from + BATCH))) {
                    batch.add(new EventSigner.Unsigned(event.key(), values.serialize(topic, event.value())));
                }
                List<ProducerRecord<String, byte[]>> records = signer == null
                        ? batch.stream().map(record -> new ProducerRecord<>(topic, record.key(), record.value())).toList()
                        : signer.records(topic, batch);
                records.forEach(record -> producer.send(record, (metadata, failure) -> {
                    if (failure != null) {
                        throw new IllegalStateException("Send failed", failure);
                    }
                }));
            }
            producer.flush();
            return new Rate(events.size(), Duration.ofNanos(System.nanoTime() - start));
        }
    }

    /** As the aggregator reads: poll, decode each value; with {@code verify}, check each record's signature too. */
    private Rate read(String topic, int expected, boolean verify, PublicKey publicKey) {
        Set<String> verifiedRoots = new HashSet<>();
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers, ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500), new StringDeserializer(),
                new ByteArrayDeserializer());
             AvroDeserializer values = new AvroDeserializer()) {
            values.configure(Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL, registryUrl), false);
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long read = 0;
            long start = System.nanoTime();
            while (read < expected) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    values.deserialize(topic, record.value());
                    if (verify && !verifies(record, publicKey, verifiedRoots)) {
                        throw new IllegalStateException("A signed record does not verify");
                    }
                    read++;
                }
            }
            return new Rate(read, Duration.ofNanos(System.nanoTime() - start));
        }
    }

    private static boolean verifies(ConsumerRecord<String, byte[]> record, PublicKey key,
                                    Set<String> verifiedRoots) {
        byte[] signature = header(record, EventSignatures.SIGNATURE_HEADER);
        byte[] root = EventSignatures.root(EventSignatures.leaf(record.topic(),
                record.key().getBytes(StandardCharsets.UTF_8), record.value()),
                header(record, EventSignatures.PATH_HEADER));
        String remembered = HexFormat.of().formatHex(root) + HexFormat.of().formatHex(signature);
        if (verifiedRoots.contains(remembered)) {
            return true;
        }
        boolean verifies = EventSignatures.verifiesRoot(key, root, signature);
        if (verifies) {
            verifiedRoots.add(remembered);
        }
        return verifies;
    }

    private static byte[] header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : header.value();
    }

    private static Rate faster(Rate best, Rate measured) {
        return best == null || measured.perSecond() > best.perSecond() ? measured : best;
    }
}
