package vn.pdv.demo.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.pdv.aggregator.AggregatorApplication;
import vn.pdv.demo.ServiceProcess;
import vn.pdv.schemas.Topics;
import vn.pdv.schemas.serde.AvroDeserializer;
import vn.pdv.schemas.serde.AvroSerdeConfig;
import vn.pdv.stack.InProcessServices;
import vn.pdv.stack.JsonApi;
import vn.pdv.stack.TopicContents;

/**
 * The unit service, in a JVM of its own, killed outright (SIGKILL) three times: twice while clients record
 * steps (the relay with undelivered events in hand), once while its relay has part of a batch on the broker
 * but has not yet moved its watermark. Each time it starts again on the same MongoDB database, which lives in
 * this JVM, out of the killed process. Nothing acknowledged is lost, the resent part of the batch shows as
 * duplicates on the topic, and the aggregator counts every recorded step exactly once.
 *
 * <p>A request cut off by a kill may or may not have been recorded before the process died; the test
 * accounts for those separately, so "acknowledged" means answered 201.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KilledUnitServiceTest {

    private static final Logger LOG = LoggerFactory.getLogger(KilledUnitServiceTest.class);
    private static final int KILLS_WHILE_RECORDING = 2;
    private static final int CLIENTS = 4;
    private static final int BACKLOG = 600;
    private static final int MID_BATCH_ATTEMPTS = 4;
    private static final String UNIT_DATABASE = "unit";

    private final Committee committee = Committee.aNewCommittee("KIL");
    private final RestartableStack stack = RestartableStack.withSchemasInMemory();
    private final InProcessServices services = new InProcessServices();
    private JsonApi aggregator;
    private final List<SteadyClients> clients = new ArrayList<>();
    private final AtomicInteger numbers = new AtomicInteger();
    private ServiceProcess unitService;

    @BeforeAll
    void startTheAggregator() {
        aggregator = InProcessServices.api(services.start(AggregatorApplication.builder(), Stream.concat(
                stack.properties("aggregator").stream(),
                Stream.of("pdv.aggregator.group-id=aggregator-" + committee.code())).toList()));
        unitService = ServiceProcess.unitService(Stream.concat(stack.properties(UNIT_DATABASE).stream(), Stream.of(
                "pdv.committee.code=" + committee.code(),
                // Shorter than in production only so the relay notices the broker's return within seconds.
                "pdv.relay.max-backoff=1s",
                "spring.kafka.producer.properties.request.timeout.ms=2000",
                "spring.kafka.producer.properties.delivery.timeout.ms=4000",
                "logging.level.org.apache.kafka=ERROR")).toList(),
                Path.of("target", "killed-unit-service-" + committee.code() + ".log"));
    }

    @AfterAll
    void stopEverything() {
        unitService.stop();
        services.close();
        stack.close();
    }

    @Test
    void killingTheUnitServiceMidBatchLosesNothingAndCountsNothingTwice() {
        JsonApi unit = unitService.start();
        assertThat(unit.post("/api/units", committee.registration()).status()).isEqualTo(201);
        assertThat(unit.post("/api/units", committee.branchRegistration()).status()).isEqualTo(201);

        for (int kill = 1; kill <= KILLS_WHILE_RECORDING; kill++) {
            JsonApi running = unit;
            SteadyClients load = startClients(running);
            int steps = 100 * kill;
            await().atMost(Duration.ofSeconds(20)).until(() -> load.acknowledged() >= steps);
            // Kill while the relay has undelivered events in hand: reading, sending or awaiting acknowledgements.
            long backlog = await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(5))
                    .until(() -> running.get("/api/outbox").<Integer>read("$.backlog").longValue(), b -> b > 0);
            unitService.kill();
            load.awaitEnd(false);
            LOG.info("Kill {} while recording: backlog {} at the kill, {} requests cut off in flight",
                    kill, backlog, load.cutOffInFlight());
            unit = unitService.start();
        }

        // A backlog built while the broker is away, then a kill as soon as the relay's first batch reaches the
        // broker: part of it is on the topic, none of it is marked delivered yet. The window is the wait for
        // acknowledgements (milliseconds), so on a loaded machine the kill can land after the watermark moved;
        // the scenario is then played again, a bounded number of times.
        boolean killedMidBatch = false;
        long sentAgainAtLeast = 0;
        for (int attempt = 1; attempt <= MID_BATCH_ATTEMPTS && !killedMidBatch; attempt++) {
            if (attempt > 1) {
                unit = unitService.start();
            }
            JsonApi running = unit;
            await().atMost(Duration.ofSeconds(10)).until(() -> running.get("/api/outbox").<Integer>read("$.backlog") == 0);
            long onTheTopicBefore = recordsOnTheTopic();
            stack.stopKafka();
            SteadyClients offline = startClients(running);
            await().atMost(Duration.ofSeconds(30)).until(() -> offline.acknowledged() >= BACKLOG);
            offline.awaitEnd(true);
            stack.startKafka();
            try (var topic = new KafkaConsumer<>(consumerConfig(), new StringDeserializer(), new StringDeserializer())) {
                List<TopicPartition> partitions = partitionsOf(topic);
                await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(1))
                        .until(() -> endOffsets(topic, partitions) > onTheTopicBefore);
                unitService.kill();
            }
            long watermark = deliveredSequenceInMongo();
            long highestOnTheTopic = copiesOnTheTopicBySequence().keySet().stream().mapToLong(Long::longValue).max().orElse(0);
            LOG.info("Kill after the outage, attempt {}: the broker held sequences up to {}, the delivery watermark said {}",
                    attempt, highestOnTheTopic, watermark);
            killedMidBatch = highestOnTheTopic > watermark;
            sentAgainAtLeast = Math.max(sentAgainAtLeast, highestOnTheTopic - watermark);
        }
        assertThat(killedMidBatch).as("killed with part of a batch on the broker and not yet marked delivered, in "
                + MID_BATCH_ATTEMPTS + " attempts").isTrue();
        unit = unitService.start();

        SteadyClients last = startClients(unit);
        await().atMost(Duration.ofSeconds(20)).until(() -> last.acknowledged() >= 100);
        last.awaitEnd(true);

        JsonApi restarted = unit;
        int acknowledged = clients.stream().mapToInt(SteadyClients::acknowledged).sum();
        int cutOffInFlight = clients.stream().mapToInt(SteadyClients::cutOffInFlight).sum();
        assertThat(clients).allSatisfy(load -> assertThat(load.unexpectedAnswers()).isEmpty());
        long lastSequence = restarted.get("/api/outbox").<Integer>read("$.lastSequence");
        long recorded = lastSequence - Committee.registrationEvents();
        LOG.info("{} acknowledged, {} recorded in the log, {} cut off in flight", acknowledged, recorded, cutOffInFlight);
        assertThat(recorded).as("every acknowledged step is in the log; only a request cut off by a kill may be there unacknowledged")
                .isBetween((long) acknowledged, (long) acknowledged + cutOffInFlight);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(restarted.get("/api/outbox").<Integer>read("$.backlog")).isZero();
            JsonApi.Answer progress = aggregator.get("/api/progress/" + committee.code() + "/" + Committee.YEAR);
            assertThat(progress.<Integer>read("$.sources.actual")).isEqualTo((int) recorded);
            JsonApi.Answer logs = aggregator.get("/api/logs");
            String log = "$[?(@.log == '" + committee.code() + "')]";
            assertThat(logs.<List<Integer>>read(log + ".lastSequence")).containsExactly((int) lastSequence);
            assertThat(logs.<List<List<?>>>read(log + ".gaps")).containsExactly(List.of());
        });

        Map<Long, Integer> copiesBySequence = copiesOnTheTopicBySequence();
        long duplicates = copiesBySequence.values().stream().mapToLong(copies -> copies - 1).sum();
        LOG.info("Topic: {} records of {} distinct sequences: {} duplicates, which the aggregator did not count",
                copiesBySequence.values().stream().mapToInt(Integer::intValue).sum(), copiesBySequence.size(), duplicates);
        assertThat(copiesBySequence.keySet()).hasSize((int) lastSequence)
                .allMatch(sequence -> sequence >= 1 && sequence <= lastSequence);
        assertThat(duplicates).as("what was on the broker but not marked delivered at the kill was sent again")
                .isGreaterThanOrEqualTo(sentAgainAtLeast);
    }

    private SteadyClients startClients(JsonApi unit) {
        SteadyClients load = SteadyClients.start(CLIENTS, unit, committee, numbers);
        clients.add(load);
        return load;
    }

    /** Reads the committee's whole log back from the topic: how many records carry each sequence. */
    private Map<Long, Integer> copiesOnTheTopicBySequence() {
        Map<Long, Integer> copies = new HashMap<>();
        for (ConsumerRecord<String, Object> record : TopicContents.readToEnd(stack.kafkaBootstrapServers(),
                Topics.UNIT_EVENTS, new StringDeserializer(), configured(new AvroDeserializer()))) {
            if (committee.code().equals(record.key())) {
                GenericRecord metadata = (GenericRecord) ((GenericRecord) record.value()).get("metadata");
                copies.merge((Long) metadata.get("sequence"), 1, Integer::sum);
            }
        }
        return copies;
    }

    private long recordsOnTheTopic() {
        try (var topic = new KafkaConsumer<>(consumerConfig(), new StringDeserializer(), new StringDeserializer())) {
            return endOffsets(topic, partitionsOf(topic));
        }
    }

    private static long endOffsets(KafkaConsumer<String, String> topic, List<TopicPartition> partitions) {
        return topic.endOffsets(partitions).values().stream().mapToLong(Long::longValue).sum();
    }

    /** The relay's watermark as the killed process left it, read straight from MongoDB. */
    private long deliveredSequenceInMongo() {
        try (MongoClient mongo = MongoClients.create(stack.mongoConnectionString(UNIT_DATABASE))) {
            Document watermark = mongo.getDatabase(UNIT_DATABASE).getCollection("outbox_deliveries")
                    .find(new Document("_id", committee.code())).first();
            return watermark == null ? 0 : ((Number) watermark.get("sequence")).longValue();
        }
    }

    private Map<String, Object> consumerConfig() {
        return Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers());
    }

    private static List<TopicPartition> partitionsOf(KafkaConsumer<String, ?> consumer) {
        return consumer.partitionsFor(Topics.UNIT_EVENTS).stream()
                .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
    }

    private AvroDeserializer configured(AvroDeserializer deserializer) {
        deserializer.configure(Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL, stack.schemaRegistryUrl()), false);
        return deserializer;
    }
}
