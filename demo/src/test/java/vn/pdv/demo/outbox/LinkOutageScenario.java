package vn.pdv.demo.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.pdv.aggregator.AggregatorApplication;
import vn.pdv.stack.InProcessServices;
import vn.pdv.stack.JsonApi;
import vn.pdv.unit.UnitServiceApplication;

/**
 * The outbox's promise with a link to the province down: a unit service keeps recording without waiting,
 * shows the backlog and the failing link, and when the link returns delivers everything in order, once,
 * so the aggregator's figures come out exact. Each subclass cuts a different link of its own stack.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class LinkOutageScenario {

    static final int STEPS = 1_000;
    /** Far below the producer's 10 s {@code max.block.ms}: a request that waited for the network would show. */
    static final Duration QUICK = Duration.ofSeconds(2);

    private static final Logger LOG = LoggerFactory.getLogger(LinkOutageScenario.class);

    final Committee committee = new Committee("DUK-26");
    final RestartableStack stack = startStack();
    private final InProcessServices services = new InProcessServices();
    JsonApi unit;
    JsonApi aggregator;

    abstract RestartableStack startStack();

    @BeforeAll
    void startServices() {
        aggregator = InProcessServices.api(services.start(AggregatorApplication.builder(), Stream.concat(
                stack.properties("aggregator").stream(),
                Stream.of("pdv.aggregator.group-id=aggregator-" + committee.code())).toList())).as("province.admin");
        unit = InProcessServices.api(services.start(UnitServiceApplication.builder(), Stream.concat(stack.properties("unit").stream(), Stream.of(
                "pdv.committee.code=" + committee.code(),
                // Shorter than in production only so the test sees each failure and recovery within seconds.
                "pdv.relay.max-backoff=1s",
                "spring.kafka.producer.properties.request.timeout.ms=2000",
                "spring.kafka.producer.properties.delivery.timeout.ms=4000")).toList()))
                // The outbox's details in the health are the committee secretary's.
                .as(committee.secretary());
    }

    @AfterAll
    void stopEverything() {
        services.close();
        stack.close();
    }

    /** Registers the committee and its branch, and waits until the aggregator knows them. */
    void registerTheCommitteeWhileTheLinkIsUp() {
        assertThat(unit.post("/api/units", committee.registration()).status()).isEqualTo(201);
        assertThat(unit.post("/api/units", committee.branchRegistration()).status()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(aggregator.get("/api/progress/" + committee.code() + "/" + Committee.YEAR).status()).isEqualTo(200);
            assertThat(unit.get("/api/outbox").<Integer>read("$.backlog")).isZero();
        });
    }

    /** Records the steps one after another, each acknowledged at once. */
    void recordStepsWithoutWaitingForTheNetwork() {
        List<Duration> took = new ArrayList<>(STEPS);
        for (int i = 1; i <= STEPS; i++) {
            long start = System.nanoTime();
            JsonApi.Answer answer = unit.post("/api/sources", committee.source(i));
            took.add(Duration.ofNanos(System.nanoTime() - start));
            assertThat(answer.status()).as("step %d: %s", i, answer.body()).isEqualTo(201);
        }
        Duration slowest = took.stream().max(Duration::compareTo).orElseThrow();
        Duration total = took.stream().reduce(Duration.ZERO, Duration::plus);
        LOG.info("{} steps recorded offline in {} ms, slowest {} ms", STEPS, total.toMillis(), slowest.toMillis());
        assertThat(slowest).isLessThan(QUICK);
    }

    /** The backlog, since when it waits, and why, at the status endpoint and in the actuator's health. */
    void theBacklogAndTheFailingLinkShow(String failure) {
        long lastSequence = Committee.registrationEvents() + STEPS;
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonApi.Answer outbox = unit.get("/api/outbox");
            assertThat(outbox.<Integer>read("$.backlog")).isEqualTo(STEPS);
            assertThat(outbox.<Integer>read("$.lastSequence")).isEqualTo((int) lastSequence);
            assertThat(outbox.<Integer>read("$.deliveredSequence")).isEqualTo((int) Committee.registrationEvents());
            assertThat(outbox.<String>read("$.oldestUndeliveredRecordedAt")).isNotNull();
            assertThat(outbox.<String>read("$.lastError")).as(outbox.body()).containsIgnoringCase(failure);

            JsonApi.Answer health = unit.get("/actuator/health");
            assertThat(health.<String>read("$.components.outbox.status")).isEqualTo("OUT_OF_SERVICE");
            assertThat(health.<Integer>read("$.components.outbox.details.backlog")).isEqualTo(STEPS);
            assertThat(health.<String>read("$.components.outbox.details.oldestUndeliveredRecordedAt")).isNotNull();
            assertThat(health.<String>read("$.components.outbox.details.lastError")).isNotBlank();
        });
        LOG.info("Offline outbox: {}", unit.get("/api/outbox").body());
    }

    /** Every step delivered once: the aggregator counts exactly the steps recorded and sees the log whole. */
    void theAggregatorsFiguresComeOutExact() {
        long lastSequence = Committee.registrationEvents() + STEPS;
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonApi.Answer progress = aggregator.get("/api/progress/" + committee.code() + "/" + Committee.YEAR);
            assertThat(progress.<Integer>read("$.sources.actual")).isEqualTo(STEPS);
            JsonApi.Answer logs = aggregator.get("/api/logs");
            String log = "$[?(@.log == '" + committee.code() + "')]";
            assertThat(logs.<List<Integer>>read(log + ".lastSequence")).containsExactly((int) lastSequence);
            assertThat(logs.<List<List<?>>>read(log + ".gaps")).containsExactly(List.of());
        });
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonApi.Answer outbox = unit.get("/api/outbox");
            assertThat(outbox.<Integer>read("$.backlog")).isZero();
            assertThat(outbox.<String>read("$.lastError")).isNull();
            assertThat(unit.get("/actuator/health").<String>read("$.components.outbox.status")).isEqualTo("UP");
        });
    }
}
