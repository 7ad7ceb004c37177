package vn.pdv.benchmarks;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.springframework.context.ConfigurableApplicationContext;
import vn.pdv.aggregator.AggregatorApplication;
import vn.pdv.dataset.BusiestLogs;
import vn.pdv.dataset.DataSet;
import vn.pdv.schemas.Topics;
import vn.pdv.stack.InProcessServices;
import vn.pdv.stack.JsonApi;
import vn.pdv.stack.LocalStack;
import vn.pdv.stack.Tokens;
import vn.pdv.stack.ServiceWiring;
import vn.pdv.unit.UnitServiceApplication;
import vn.pdv.unit.outbox.OutboxStatus;
import vn.pdv.unit.outbox.application.Relay;

/**
 * One run, on a fresh local stack (real KRaft broker, Apicurio registry, in-memory mongo-java-server), of
 * every figure issues 4 and 5 ask for, printed as a table with the targets:
 *
 * <ol>
 *   <li>the broker's raw producer and consumer rates (the machine's baseline);</li>
 *   <li>steps recorded per second through the unit service's REST API by concurrent clients, new sources and next
 *       steps of candidates put on its books before (untimed), with its relay held so that all pile up as a
 *       backlog;</li>
 *   <li>the relay's delivery rate once released on that backlog, against the raw producer rate;</li>
 *   <li>the aggregator's throughput on the topic so filled, against a raw consumer on the same topic;</li>
 *   <li>end-to-end latency, REST call to the aggregator's answer, at a steady load.</li>
 * </ol>
 *
 * <p>Everything runs in this one JVM on the same cores, as the demo does; the figures are for this machine
 * and this arrangement, not a capacity plan. Settings are system properties {@code pdv.bench.*} (see README).
 */
public final class Benchmarks {

    /** A committee of the demo realm, so that the runs can act as its secretary ({@link #SECRETARY}). */
    private static final String COMMITTEE = "DUK-01";
    private static final String SECRETARY = "duk01.secretary";
    private static final String BRANCH = "DUK-01-BENCH";
    private static final String RAW_TOPIC = "bench.raw";

    private final int rawRecords = Integer.getInteger("pdv.bench.raw-records", 300_000);
    private final int preloaded = Integer.getInteger("pdv.bench.preloaded", 5_000);
    private final int steps = Integer.getInteger("pdv.bench.steps", 20_000);
    private final int clients = Integer.getInteger("pdv.bench.clients", 16);
    private final Duration restAtMost = Duration.ofSeconds(Integer.getInteger("pdv.bench.rest-seconds", 30));
    private final Duration readsFor = Duration.ofSeconds(Integer.getInteger("pdv.bench.read-seconds", 10));
    private final int steadyRate = Integer.getInteger("pdv.bench.steady-rate", 50);
    private final int steadySteps = Integer.getInteger("pdv.bench.steady-steps", 1_000);
    private final List<Figure> figures = new ArrayList<>();

    /**
     * {@code -Dpdv.bench=default} (the figures above), {@code province} (the province baseline of issue 16 only, see
     * {@link ProvinceBaseline}), {@code national} (the national year, {@link NationalYear}) or {@code all} (default and
     * province, each on a fresh stack).
     */
    public static void main(String[] args) throws Exception {
        String section = System.getProperty("pdv.bench", "default");
        Benchmarks benchmarks = new Benchmarks();
        switch (section.isBlank() ? "default" : section) {
            case "default" -> benchmarks.run();
            case "province" -> benchmarks.province();
            case "national" -> benchmarks.national();
            case "all" -> {
                benchmarks.run();
                benchmarks.province();
            }
            default -> throw new IllegalArgumentException("pdv.bench is default, province, national or all, not "
                    + section);
        }
        benchmarks.print();
        System.exit(0);
    }

    private void province() throws Exception {
        System.out.printf("PDV province baseline: %d cores, Java %s, max heap %d MiB%n",
                Runtime.getRuntime().availableProcessors(), Runtime.version(), Runtime.getRuntime().maxMemory() >> 20);
        figures.addAll(new ProvinceBaseline().run());
    }

    private void national() throws Exception {
        System.out.printf("PDV national year: %d cores, Java %s%n", Runtime.getRuntime().availableProcessors(),
                Runtime.version());
        figures.addAll(new NationalYear().run());
    }

    private void run() throws Exception {
        System.out.printf("PDV benchmarks: %d cores, Java %s, max heap %d MiB%n", Runtime.getRuntime().availableProcessors(),
                Runtime.version(), Runtime.getRuntime().maxMemory() >> 20);
        try (LocalStack stack = LocalStack.builder().withKeycloak(0).start();
             InProcessServices services = new InProcessServices()) {
            Tokens tokens = new Tokens(stack.keycloakIssuer());
            RawKafka kafka = new RawKafka(stack.kafkaBootstrapServers());
            kafka.createTopic(RAW_TOPIC);
            Rate produced = kafka.produce(RAW_TOPIC, rawRecords);
            progress("raw producer", produced);
            Rate consumed = kafka.consumeAll(RAW_TOPIC);
            progress("raw consumer", consumed);
            figures.add(Figure.baseline("Raw producer, %d B records, %d partitions, acks=all, idempotent"
                    .formatted(RawKafka.RECORD_BYTES, RawKafka.PARTITIONS), records(produced)));
            figures.add(Figure.baseline("Raw consumer, same topic", records(consumed)));

            ConfigurableApplicationContext unitService = services.start(UnitServiceApplication.builder(), Stream.concat(
                    ServiceWiring.properties(stack.kafkaBootstrapServers(), stack.schemaRegistryUrl(),
                            stack.mongoConnectionString("bench-unit")).stream(),
                    Stream.of("pdv.committee.code=" + COMMITTEE, ServiceWiring.oidcIssuer(stack.keycloakIssuer())))
                    .toList());
            JsonApi unit = InProcessServices.api(unitService).withToken(() -> tokens.accessToken(SECRETARY));
            register(unit);
            Relay relay = unitService.getBean(Relay.class);
            await().atMost(Duration.ofSeconds(30)).until(() -> relay.status().backlog() == 0);

            relay.stop();
            Steps load = new Steps(InProcessServices.port(unitService), BRANCH, () -> tokens.accessToken(SECRETARY));
            long preloading = System.nanoTime();
            Queue<Steps.OnTheBooks> books = load.preload(preloaded, clients);
            System.out.printf("  preloaded %,d candidates in %.1f s (not timed), backlog %,d%n", preloaded,
                    (System.nanoTime() - preloading) / 1e9, relay.status().backlog());
            Rate read = load.reads(clients, readsFor, books.stream().map(Steps.OnTheBooks::id).toList());
            System.out.printf("  measured candidate reads: %s%n", read);
            figures.add(Figure.baseline(("Unit service: GET /api/candidates/{id} of those candidates, %d clients, for "
                    + "%d s (the access check's read and the candidate's: a step makes both, then writes)")
                    .formatted(clients, readsFor.toSeconds()), "%,.0f reads/s".formatted(read.perSecond())));
            Steps.Mix recorded = load.mixed(clients, steps, restAtMost, books);
            System.out.printf("  measured REST recording: %s%n", recorded);
            figures.add(new Figure(("Unit service: steps via the REST API, %,d candidates on its books (new sources and"
                    + " next steps), %d clients (relay held)").formatted(preloaded, clients),
                    "%s: %,d sources, %,d next steps".formatted(steps(recorded.all()), recorded.sources(),
                            recorded.onTheBooks()), ">= 1,000 steps/s", recorded.all().perSecond() >= 1_000));
            // What a committee's staff record at their busiest, for scale: the province data set's three years.
            BusiestLogs busiest = new BusiestLogs();
            DataSet.province(1).entries().forEachRemaining(busiest::add);
            figures.add(Figure.baseline("The province data set (2024–2026, seed 1): the most candidates' steps one "
                    + "committee recorded, on its first day (its books entered) and after", busiest.toString()));

            Rate relayed = drain(relay, kafka);
            progress("relay", relayed);
            double relayShare = relayed.perSecond() / produced.perSecond();
            figures.add(new Figure("Relay: backlog of %,d delivered to the broker".formatted(relayed.events()),
                    "%s (%.0f%% of raw producer)".formatted(events(relayed), 100 * relayShare),
                    ">= 50% of raw producer", relayShare >= 0.5));

            Rate rawOnEvents = kafka.consumeAll(Topics.UNIT_EVENTS);
            progress("raw consumer on " + Topics.UNIT_EVENTS, rawOnEvents);
            figures.add(Figure.baseline("Raw consumer on " + Topics.UNIT_EVENTS + " (all in one committee's partition)",
                    records(rawOnEvents)));
            long lastSequence = relay.status().lastSequence();
            ConfigurableApplicationContext aggregatorService = services.start(AggregatorApplication.builder(),
                    Stream.concat(ServiceWiring.properties(stack.kafkaBootstrapServers(), stack.schemaRegistryUrl(),
                            stack.mongoConnectionString("bench-aggregator")).stream(),
                            Stream.of(ServiceWiring.oidcIssuer(stack.keycloakIssuer()))).toList());
            JsonApi aggregator = InProcessServices.api(aggregatorService)
                    .withToken(() -> tokens.accessToken("province.admin"));
            Rate aggregated = applied(aggregator, lastSequence);
            progress("aggregator", aggregated);
            double aggregatorShare = aggregated.perSecond() / rawOnEvents.perSecond();
            figures.add(new Figure("Aggregator: events consumed and applied from the filled topic",
                    "%s (%.1f%% of raw consumer, same topic)".formatted(events(aggregated), 100 * aggregatorShare),
                    ">= 50% of raw consumer", aggregatorShare >= 0.5));
            Rate streamed = new StreamsCount(stack.kafkaBootstrapServers(), stack.schemaRegistryUrl())
                    .countAll(Topics.UNIT_EVENTS);
            progress("Kafka Streams", streamed);
            figures.add(new Figure("Kafka Streams EOS v2, same topic: decode, count per unit and day, stage per candidate (RocksDB)",
                    "%s (%.1f%% of raw consumer, same topic)".formatted(events(streamed),
                            100 * streamed.perSecond() / rawOnEvents.perSecond()), "comparison", null));

            SigningCost.Result signing = new SigningCost(stack.kafkaBootstrapServers(), stack.schemaRegistryUrl())
                    .measure(Topics.UNIT_EVENTS, kafka);
            progress("publishing without signatures", signing.publishedWithout());
            progress("publishing with signatures", signing.publishedWith());
            progress("reading without verification", signing.readWithout());
            progress("reading with verification", signing.readWith());
            double signingShare = SigningCost.Result.share(signing.signingMicros(), relayed);
            figures.add(new Figure("Signing at the relay: %,d events in batches of %d, serialize and publish (lz4), without / with"
                    .formatted(signing.publishedWith().events(), SigningCost.BATCH),
                    "%s / %s: +%.2f µs per event = %.1f%% of the relay's %.1f µs per event".formatted(
                            events(signing.publishedWithout()), events(signing.publishedWith()),
                            signing.signingMicros(), 100 * signingShare, SigningCost.Result.micros(relayed)),
                    "< 10% of throughput", signingShare < 0.10));
            double verifyingShare = SigningCost.Result.share(signing.verifyingMicros(), aggregated);
            figures.add(new Figure("Verifying at the aggregator: the same records, poll and decode, without / with",
                    "%s / %s: +%.2f µs per event = %.1f%% of the aggregator's %.1f µs per event".formatted(
                            events(signing.readWithout()), events(signing.readWith()), signing.verifyingMicros(),
                            100 * verifyingShare, SigningCost.Result.micros(aggregated)),
                    "< 10% of throughput", verifyingShare < 0.10));

            double[] latencies = endToEnd(load, aggregator);
            double p50 = percentile(latencies, 50);
            double p99 = percentile(latencies, 99);
            figures.add(new Figure("End to end, POST /api/sources to GET /api/progress showing it, %d steps/s"
                    .formatted(steadyRate), "p50 %.0f ms, p99 %.0f ms, max %.0f ms (%d steps)".formatted(p50, p99,
                    latencies[latencies.length - 1], latencies.length), "p99 < 1,000 ms", p99 < 1_000));
        }
    }

    private static void register(JsonApi unit) {
        for (Map<String, Object> body : List.of(
                Map.<String, Object>of("code", COMMITTEE, "name", "Đảng bộ đo hiệu năng", "kind", "GRASSROOTS_COMMITTEE",
                        "effectiveFrom", "2024-01-01"),
                Map.<String, Object>of("code", BRANCH, "name", "Chi bộ đo hiệu năng", "kind", "SUBORDINATE_BRANCH",
                        "parentCode", COMMITTEE, "effectiveFrom", "2024-01-01"))) {
            JsonApi.Answer answer = unit.post("/api/units", body);
            if (answer.status() != 201) {
                throw new IllegalStateException("Unit not registered: " + answer.body());
            }
        }
    }

    /**
     * Releases the held relay and times it until the broker holds the whole backlog. The broker's end offsets
     * are watched rather than the outbox status, whose queries would compete with the relay for MongoDB.
     */
    private static Rate drain(Relay relay, RawKafka kafka) {
        long backlog = relay.status().backlog();
        Rate rate;
        try (RawKafka.TopicSize topic = kafka.size(Topics.UNIT_EVENTS)) {
            long expected = topic.records() + backlog;
            long start = System.nanoTime();
            relay.start();
            await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(20)).until(() -> topic.records() >= expected);
            rate = new Rate(backlog, Duration.ofNanos(System.nanoTime() - start));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> relay.status().backlog() == 0);
        return rate;
    }

    /**
     * Times the aggregator from the moment it is up (its consumer already subscribed) until its completeness
     * view shows the committee's last sequence; events applied during start-up are left out of the count.
     */
    private static Rate applied(JsonApi aggregator, long lastSequence) {
        long start = System.nanoTime();
        long atStart = appliedSequence(aggregator);
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(50))
                .until(() -> appliedSequence(aggregator) >= lastSequence);
        return new Rate(lastSequence - atStart, Duration.ofNanos(System.nanoTime() - start));
    }

    private static long appliedSequence(JsonApi aggregator) {
        List<Integer> last = aggregator.get("/api/logs").read("$[?(@.log == '" + COMMITTEE + "')].lastSequence");
        return last.isEmpty() ? 0 : last.getFirst();
    }

    /**
     * One client sends steps at a steady pace while another watches the aggregator's figure; a step's latency
     * is from just before its request to the first answer whose count includes it. Events of one log are applied
     * in order, so the k-th step sent is visible once the count has grown by k.
     */
    private double[] endToEnd(Steps load, JsonApi aggregator) {
        String progress = "/api/progress/" + COMMITTEE + "/2024";
        long base = aggregator.get(progress).<Integer>read("$.sources.actual");
        long[] seenAt = new long[steadySteps];
        AtomicBoolean watching = new AtomicBoolean(true);
        Thread watcher = Thread.ofPlatform().name("latency-watcher").start(() -> {
            int seen = 0;
            while (watching.get() && seen < steadySteps) {
                long count = aggregator.get(progress).<Integer>read("$.sources.actual") - base;
                long now = System.nanoTime();
                while (seen < Math.min(count, steadySteps)) {
                    seenAt[seen++] = now;
                }
            }
        });
        long[] sentAt = load.steadily(steadyRate, steadySteps);
        try {
            watcher.join(Duration.ofSeconds(60));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        watching.set(false);
        double[] millis = new double[steadySteps];
        for (int k = 0; k < steadySteps; k++) {
            if (seenAt[k] == 0) {
                throw new IllegalStateException("Step " + (k + 1) + " never showed at the aggregator");
            }
            millis[k] = (seenAt[k] - sentAt[k]) / 1e6;
        }
        Arrays.sort(millis);
        return millis;
    }

    private static double percentile(double[] sorted, int percent) {
        return sorted[(int) Math.ceil(percent / 100.0 * sorted.length) - 1];
    }

    private static String records(Rate rate) {
        return "%,.0f records/s".formatted(rate.perSecond());
    }

    private static String steps(Rate rate) {
        return "%,.0f steps/s (%,d in %.1f s)".formatted(rate.perSecond(), rate.events(), rate.took().toNanos() / 1e9);
    }

    private static String events(Rate rate) {
        return "%,.0f events/s".formatted(rate.perSecond());
    }

    private static void progress(String what, Rate rate) {
        System.out.printf("  measured %s: %s%n", what, rate);
    }

    private void print() {
        int what = figures.stream().mapToInt(figure -> figure.what().length()).max().orElse(10);
        int value = figures.stream().mapToInt(figure -> figure.value().length()).max().orElse(10);
        int target = figures.stream().mapToInt(figure -> figure.target().length()).max().orElse(10);
        String row = "| %-" + what + "s | %-" + value + "s | %-" + target + "s | %-7s |%n";
        System.out.println();
        System.out.printf(row, "Figure", "Measured", "Target", "");
        System.out.printf(row, "-".repeat(what), "-".repeat(value), "-".repeat(target), "-".repeat(7));
        figures.forEach(figure -> System.out.printf(row, figure.what(), figure.value(), figure.target(), figure.verdict()));
    }
}
