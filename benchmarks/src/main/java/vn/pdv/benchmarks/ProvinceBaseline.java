package vn.pdv.benchmarks;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.pdv.aggregator.AggregatorApplication;
import vn.pdv.aggregator.alert.application.AlertDispatcher;
import vn.pdv.aggregator.alert.application.AlertWatcher;
import vn.pdv.dataset.DataSet;
import vn.pdv.dataset.kafka.TopicWriter;
import vn.pdv.dataset.organisation.UnitCode;
import vn.pdv.dataset.web.AggregatorStaff;
import vn.pdv.schemas.Topics;
import vn.pdv.stack.InProcessServices;
import vn.pdv.stack.JsonApi;
import vn.pdv.stack.LocalStack;
import vn.pdv.stack.ServiceWiring;
import vn.pdv.stack.Tokens;

/**
 * The province baseline (issue 16), on a stack of its own: the generated province (2024–2026) written onto the topic
 * as it happens, the logs up to 1 July 2025, the reorganisation's moves, merges and closures through the API as staff
 * would, then the logs in the new tree; the current aggregator timed until every log's last event is applied; the
 * plan and the memberships; then each province read timed over a few calls. A read that takes longer than the cap is
 * reported as "> cap"; the run then waits for it to finish (without counting it) so that the next read is not
 * measured beside it.
 * The alert watcher is held off ({@code check-every} a day): its sweeps would otherwise run beside every read.
 */
final class ProvinceBaseline {

    /** Documents, each written three times, for the store's rates alone: about half as many writes as the replay. */
    private static final int GUARDED_DOCUMENTS = 100_000;
    /** Close to the replay's own bulks: 600–720 documents a collection per command, in polls of 2,000 records. */
    private static final int GUARDED_PER_BULK = 1_000;

    private final long seed = Long.getLong("pdv.bench.province.seed", 1);
    private final int calls = Integer.getInteger("pdv.bench.province.calls", 20);
    private final Duration cap = Duration.ofSeconds(Integer.getInteger("pdv.bench.province.read-cap-seconds", 60));
    private final Duration drainAtMost = Duration.ofMinutes(Integer.getInteger("pdv.bench.province.drain-minutes", 20));
    /**
     * How many times the reads are measured, one round after another, on the province loaded once: the replay alone
     * takes minutes on a shared machine, so repeated measurements of the reads come from one load.
     */
    private final int rounds = Integer.getInteger("pdv.bench.province.rounds", 1);
    /** How many times each page is opened in Chromium and timed, after one visit not counted. */
    private final int pageVisits = Integer.getInteger("pdv.bench.province.page-visits", 10);
    /**
     * The live load's rates, events a second: a hundred and a thousand times the "February morning", which is
     * ten times the nation's ~4 million events a year over its working hours (250 days of 8 hours), ~6 a second.
     */
    private final List<Integer> liveRates = Arrays.stream(
            System.getProperty("pdv.bench.province.live-rates", "556,5556").split(","))
            .map(String::trim).filter(rate -> !rate.isEmpty()).map(Integer::valueOf).toList();
    /**
     * Whether each committee's alerts topic is there before the first check, as in a deployment, where its unit
     * service declares it on start (or the chart, as a KafkaTopic); without, the broker creates each on first use.
     */
    private final boolean alertTopicsDeclared = Boolean.parseBoolean(
            System.getProperty("pdv.bench.province.declare-alert-topics", "true"));
    private final Duration liveFor = Duration.ofSeconds(Integer.getInteger("pdv.bench.province.live-seconds", 20));
    private final HttpClient http = HttpClient.newHttpClient();
    /** The province administrator's access token: every read and the staff's changes are theirs. */
    private Supplier<String> admin;

    List<Figure> run() throws Exception {
        List<Figure> figures = new ArrayList<>();
        DataSet province = DataSet.province(seed);
        String code = province.provinces().getFirst();
        try (LocalStack stack = LocalStack.builder().withKeycloak(0).start();
             InProcessServices services = new InProcessServices();
             TopicWriter writer = new TopicWriter(stack.kafkaBootstrapServers(), stack.schemaRegistryUrl())) {
            Tokens tokens = new Tokens(stack.keycloakIssuer());
            admin = () -> tokens.accessToken("province.admin");
            // As it happens: the logs up to the reorganisation, the province's changes to the tree through the API,
            // then the logs in the new tree (a new commune may change only what stands in its subtree), then the plan.
            writer.ensureTopic();
            TopicWriter.Written before = writer.write(province.entries(true));
            System.out.printf("  generated %s up to the reorganisation: %,d events from %d logs in %.1f s%n", province,
                    before.events(), before.lastSequences().size(), before.took().toMillis() / 1e3);
            Rate raw = new RawKafka(stack.kafkaBootstrapServers()).consumeAll(Topics.UNIT_EVENTS);
            figures.add(Figure.baseline("Raw consumer on " + Topics.UNIT_EVENTS + " (the province up to 1 July 2025)",
                    "%,.0f records/s".formatted(raw.perSecond())));

            // The store alone, before anything else runs on it: the rate at which it takes intake's writes.
            GuardedWrites store = new GuardedWrites(stack.mongoConnectionString("bench-guarded-writes"));
            // Not counted: the first time through, the code is still being compiled (one writer measured first gave
            // 20,676/s, against 35,000-49,000/s after as much again).
            store.measure(GUARDED_DOCUMENTS, GUARDED_PER_BULK, 2);
            Rate guarded = store.measure(GUARDED_DOCUMENTS, GUARDED_PER_BULK, 1);
            Rate guardedTwice = store.measure(GUARDED_DOCUMENTS, GUARDED_PER_BULK, 2);
            figures.add(Figure.baseline(("The embedded store alone: documents written as intake writes them "
                    + "(OncePerOrigin, bulks of %,d, each document inserted and then moved on twice), by one writer "
                    + "and by two at once on two collections").formatted(GUARDED_PER_BULK),
                    "one %s; two %s; load %.1f".formatted(guarded, guardedTwice, loadAverage())));

            DocumentWrites writes = new DocumentWrites();
            long start = System.nanoTime();
            ConfigurableApplicationContext aggregator = services.start(
                    writes.countingIn(AggregatorApplication.builder()),
                    java.util.stream.Stream.concat(ServiceWiring.properties(stack.kafkaBootstrapServers(),
                                    stack.schemaRegistryUrl(), stack.mongoConnectionString("bench-province")).stream(),
                            java.util.stream.Stream.of("pdv.aggregator.alerts.check-every=P1D",
                                    ServiceWiring.oidcIssuer(stack.keycloakIssuer()))).toList());
            long up = System.nanoTime();
            String base = "http://127.0.0.1:" + InProcessServices.port(aggregator);
            waitUntilApplied(base, before.lastSequences());
            Duration replay = Duration.ofNanos(System.nanoTime() - start);
            Duration afterUp = Duration.ofNanos(System.nanoTime() - up);
            System.out.printf("  replayed up to the reorganisation in %.1f s (%.1f s after the context was up)%n",
                    replay.toMillis() / 1e3, afterUp.toMillis() / 1e3);

            DataSet.StaffWork work = province.staffWork(code);
            AggregatorStaff staff = new AggregatorStaff(base, admin);
            DocumentWrites.Counted beforeStaff = writes.counted();
            long staffStart = System.nanoTime();
            staff.reorganise(work);
            Duration reorganised = Duration.ofNanos(System.nanoTime() - staffStart);
            // Settled: the first read of the province's figures after it, which brings the read caches up to date.
            long settleStart = System.nanoTime();
            HttpResponse<Void> settledRead = http.send(asAdmin(base + "/api/progress/" + code + "/2025").build(),
                    HttpResponse.BodyHandlers.discarding());
            Duration settling = Duration.ofNanos(System.nanoTime() - settleStart);
            Duration settled = reorganised.plus(settling);
            System.out.printf("  reorganised in %.1f s, settled %.1f s later (HTTP %d)%n", reorganised.toMillis() / 1e3,
                    settling.toMillis() / 1e3, settledRead.statusCode());
            DocumentWrites.Counted staffWrote = writes.counted().since(beforeStaff);
            figures.add(new Figure(("Reorganisation through the API (one POST /api/hierarchy/reorganisations) on "
                    + "the province loaded up to 1 July 2025, %d changes (moves, merges, closures), until the first "
                    + "progress read of the province after it has answered").formatted(work.changes().size()),
                    "%.1f s (the request %.1f s, the read %.1f s); load %.1f".formatted(settled.toMillis() / 1e3,
                            reorganised.toMillis() / 1e3, settling.toMillis() / 1e3, loadAverage()),
                    "< 30 s", settled.toSeconds() < 30 && settledRead.statusCode() == 200));

            LiveLoad.Observed observed = new LiveLoad.Observed(province.entries(false));
            TopicWriter.Written after = writer.write(observed);
            Map<String, Long> lastSequences = new HashMap<>(before.lastSequences());
            lastSequences.putAll(after.lastSequences());
            // Every committee's alerts topic exists long before the first check, as in a deployment, where its unit
            // service declares it on start: declared here, once every log is known, and created by the broker while
            // the rest of the replay, the reads and the live load run. (Declared just before the check, the broker was
            // still creating the partitions' logs during it, and the first alerts waited seconds for their metadata.)
            String declared = "not declared: the broker creates each on its first alert";
            if (alertTopicsDeclared) {
                long declareStart = System.nanoTime();
                int topics = writer.ensureTopics(lastSequences.keySet().stream().map(Topics::alertsFor).toList());
                declared = ("%d committees' topics declared once every log was known, before the rest of the replay "
                        + "(%.1f s), as their unit services do on start").formatted(topics,
                        (System.nanoTime() - declareStart) / 1e9);
            }
            long afterStart = System.nanoTime();
            waitUntilApplied(base, lastSequences);
            Duration rest = Duration.ofNanos(System.nanoTime() - afterStart);
            long events = before.events() + after.events();
            Duration applying = replay.plus(rest);
            figures.add(Figure.baseline("Generator: province %s 2024–2026 onto the topic (serde, registry, %d partitions)"
                            .formatted(code, TopicWriter.PARTITIONS),
                    "%,d events, %d logs, %.1f s".formatted(events, lastSequences.size(),
                            before.took().plus(after.took()).toMillis() / 1e3)));
            figures.add(new Figure("Aggregator: replay of the province's three years, empty store to last event applied "
                    + "(without the reorganisation's own time)",
                    "%.1f s (%,.0f events/s; %.1f s of it before the context was up; load %.1f)".formatted(
                            applying.toMillis() / 1e3, events / (applying.toNanos() / 1e9), (up - start) / 1e9,
                            loadAverage()),
                    "< 10 s", applying.toSeconds() < 10));
            DocumentWrites.Counted replayWrote = writes.counted().since(staffWrote);
            figures.add(Figure.baseline("The replay's document writes (statements of the aggregator's update, insert "
                            + "and delete commands, the reorganisation's own left out), and the time the store alone "
                            + "takes for as many at its rates above",
                    "%,d for %,d events (%.2f an event): %s; %s".formatted(replayWrote.total(), events,
                            replayWrote.total() / (double) events, replayWrote.byCollection(),
                            atStoreRates(replayWrote.total(), guarded, guardedTwice))));
            // Would the leaner shape meet the target on this store? Its writes for the same batches, at the
            // store's own rates, beside the start the replay's time already holds.
            figures.add(Figure.baseline("The fewest the leaner shape would have written for the same batches "
                            + "(tallies per unit and month, the pipeline stock per unit rather than per candidate, "
                            + "the rest as now), and the time the store alone takes for as many at its rates above",
                    ("at least %,d (%.2f an event; tallies %,d, stock %,d): %s, after the %.1f s the context took "
                            + "to start").formatted(replayWrote.leanerTotal(),
                            replayWrote.leanerTotal() / (double) events,
                            replayWrote.leaner().getOrDefault(DocumentWrites.Leaner.TALLIES.collection, 0L),
                            replayWrote.leaner().getOrDefault(DocumentWrites.Leaner.STOCK.collection, 0L),
                            atStoreRates(replayWrote.leanerTotal(), guarded, guardedTwice), (up - start) / 1e9)));
            long leanerHeld = DocumentWrites.leanerHeld(aggregator.getBean(MongoTemplate.class),
                    replayWrote.statements());
            figures.add(Figure.baseline("… and however large the batches: the documents that shape would hold after "
                            + "the replay, each written once (as if each committee's log came as one batch)",
                    "%,d (%.2f an event): %s".formatted(leanerHeld, leanerHeld / (double) events,
                            atStoreRates(leanerHeld, guarded, guardedTwice))));
            // The anchor: the same topic, every event of the three years, through the smallest Kafka Streams
            // application doing a share of that work (StreamsCount says which), while the aggregator stands idle.
            Rate streamed = new StreamsCount(stack.kafkaBootstrapServers(), stack.schemaRegistryUrl())
                    .countAll(Topics.UNIT_EVENTS);
            double pdvRate = events / (applying.toNanos() / 1e9);
            figures.add(new Figure("Kafka Streams on the same topic (decode through the registry, count per unit and "
                    + "day, each candidate's stage; exactly-once, RocksDB): the aggregator must be faster",
                    "%,.0f events/s (%,d events in %.1f s; the aggregator %,.0f events/s); load %.1f".formatted(
                            streamed.perSecond(), streamed.events(), streamed.took().toMillis() / 1e3, pdvRate,
                            loadAverage()),
                    "aggregator faster", pdvRate > streamed.perSecond()));

            long plansStart = System.nanoTime();
            staff.plansAndMemberships(work);
            System.out.printf("  plan and %d membership counts given in %.1f s%n", work.memberships().size(),
                    (System.nanoTime() - plansStart) / 1e9);

            long firstStart = System.nanoTime();
            HttpResponse<Void> first = http.send(asAdmin(base + "/api/progress/" + code + "/2025").build(),
                    HttpResponse.BodyHandlers.discarding());
            Duration firstRead = Duration.ofNanos(System.nanoTime() - firstStart);
            figures.add(Figure.baseline("First GET /api/progress/" + code + "/2025 after the replay and the staff work "
                            + "(brings the read caches up to date with MongoDB)",
                    "%,d ms (HTTP %d)".formatted(firstRead.toMillis(), first.statusCode())));

            for (int round = 1; round <= rounds; round++) {
                String of = rounds == 1 ? "" : " [round %d of %d]".formatted(round, rounds);
                figures.add(read(base, "/api/logs", "GET /api/logs (every log: " + lastSequences.size()
                        + " and the committees never heard from)" + of, 200));
                figures.add(read(base, "/api/logs/" + code, "GET /api/logs/" + code + " (completeness of the province)"
                        + of, 200));
                figures.add(read(base, "/api/progress/" + code + "/2025", "GET /api/progress/" + code + "/2025" + of,
                        100));
                figures.add(read(base, "/api/progress/" + code + "/2025-Q3", "GET /api/progress/" + code + "/2025-Q3"
                        + of, 100));
                figures.add(read(base, "/api/progress/" + code + "/2025-2030", "GET /api/progress/" + code
                        + "/2025-2030 (term)" + of, 100));
                figures.add(read(base, "/api/status/" + code + "?on=2026-06-30", "GET /api/status/" + code
                        + "?on=2026-06-30 (the province and its " + (province.province(code).topLevel(true).size())
                        + " children)" + of, 300));
                figures.add(read(base, "/api/reports/" + code + "/2025", "GET /api/reports/" + code + "/2025 (XLSX)"
                        + of, 2_000));
            }

            LiveLoad live = new LiveLoad(writer, observed,
                    new JsonApi(InProcessServices.port(aggregator)).withToken(admin), code, seed);
            for (int perSecond : liveRates) {
                LiveLoad.Phase phase = live.run(perSecond, liveFor, Duration.ofMinutes(2));
                long writtenAt = System.nanoTime();
                waitUntilApplied(base, live.lastSequences());
                Duration catchingUp = Duration.ofNanos(System.nanoTime() - writtenAt);
                figures.add(new Figure(("Live: %,d events/s onto the topic for %d s (%d new sources/s in one "
                        + "committee's log, the rest sympathisers added across %d committees); a source's latency from "
                        + "its write to the first GET %s counting it").formatted(perSecond, liveFor.toSeconds(),
                        LiveLoad.MARKERS_PER_SECOND, live.lastSequences().size(), live.progress()),
                        ("p50 %,.0f ms, p99 %,.0f ms, max %,.0f ms (%d of %d sources counted); written %s; every log "
                                + "applied %.1f s after the last write; load %.1f").formatted(phase.percentile(50),
                                phase.percentile(99), phase.percentile(100), phase.latencies().length,
                                phase.markers(), phase.written(), catchingUp.toMillis() / 1e3, loadAverage()),
                        "p99 < 1,000 ms", phase.allCounted() && phase.percentile(99) < 1_000));
            }

            // The first check records every unit's first status and raises its alerts; the backlog of deliveries it
            // leaves is then delivered round after round (as later checks would), so that the second check is the
            // steady state: nothing changed, nothing due.
            AlertWatcher watcher = aggregator.getBean(AlertWatcher.class);
            AlertDispatcher dispatcher = aggregator.getBean(AlertDispatcher.class);
            long checkStart = System.nanoTime();
            AlertWatcher.Check check = watcher.check();
            Duration firstCheck = Duration.ofNanos(System.nanoTime() - checkStart);
            double loadFirst = loadAverage();
            long backlogStart = System.nanoTime();
            int backlog = 0;
            int backlogRounds = 0;
            for (int delivered = dispatcher.deliverDue(); delivered > 0; delivered = dispatcher.deliverDue()) {
                backlog += delivered;
                backlogRounds++;
            }
            Duration backlogTook = Duration.ofNanos(System.nanoTime() - backlogStart);
            double loadBacklog = loadAverage();
            checkStart = System.nanoTime();
            AlertWatcher.Check steady = watcher.check();
            Duration steadyCheck = Duration.ofNanos(System.nanoTime() - checkStart);
            figures.add(new Figure("Alert watcher: a full check of the province (every unit with a quota judged today; "
                    + "alerts topics " + declared + ")",
                    ("%.1f s first (%,d judged, %,d changed, %,d alerts; %s; load %.1f), backlog of %,d deliveries in "
                            + "%.1f s (%d rounds; load %.1f), %.1f s steady (%,d changed, %,d delivered; %s; load %.1f)")
                            .formatted(firstCheck.toMillis() / 1e3, check.judged(), check.changed(), check.raised(),
                                    parts(check), loadFirst, backlog, backlogTook.toMillis() / 1e3, backlogRounds,
                                    loadBacklog, steadyCheck.toMillis() / 1e3, steady.changed(), steady.delivered(),
                                    parts(steady), loadAverage()),
                    "< 5 s", firstCheck.toMillis() < 5_000 && steadyCheck.toMillis() < 5_000));

            // Last, so that the browser shares the cores with nothing measured: the pages staff open most, on the same
            // load (with the alerts the checks raised): the province at three periods, a commune of the new tree and
            // a bloc (the first of each the data set names), and the agendas of both: since 1 July 2025 a commune
            // committee decides its own branches' admissions and a bloc committee its organisations', not the province.
            List<String> topLevel = province.province(code).topLevel(true).stream().map(UnitCode::value).toList();
            String commune = topLevel.stream().filter(unit -> unit.contains("-C")).findFirst().orElseThrow();
            String bloc = topLevel.stream().filter(unit -> unit.contains("-K")).findFirst().orElseThrow();
            figures.addAll(new DashboardPages(base, pageVisits).visit(List.of(
                    new DashboardPages.Page("the province, 2025, its " + topLevel.size() + " children",
                            "/units/" + code + "?period=2025&on=2025-12-31"),
                    new DashboardPages.Page("the province, Q3 2025", "/units/" + code + "?period=2025-Q3&on=2025-09-30"),
                    new DashboardPages.Page("the province, the term", "/units/" + code + "?period=2025-2030&on=2026-12-31"),
                    new DashboardPages.Page("a commune, 2026", "/units/" + commune + "?period=2026&on=2026-06-30"),
                    new DashboardPages.Page("a bloc, 2026", "/units/" + bloc + "?period=2026&on=2026-06-30"),
                    new DashboardPages.Page("the commune's agenda", "/units/" + commune + "/agenda?on=2026-06-30"),
                    new DashboardPages.Page("the bloc's agenda", "/units/" + bloc + "/agenda?on=2026-06-30")),
                    1_000));
        }
        return figures;
    }

    private HttpRequest.Builder asAdmin(String url) {
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + admin.get());
    }

    private void waitUntilApplied(String base, Map<String, Long> lastSequences) throws Exception {
        new AppliedLogs(base, admin).await(lastSequences, Duration.ofMinutes(30));
    }

    /** Up to {@code calls} calls, each capped; p50 and p99 of those that answered in time. */
    private Figure read(String base, String path, String what, long targetMillis) throws Exception {
        List<Double> millis = new ArrayList<>();
        String over = null;
        double loadBefore = loadAverage();
        for (int call = 0; call < calls && over == null; call++) {
            long start = System.nanoTime();
            CompletableFuture<HttpResponse<Void>> answer = http.sendAsync(
                    asAdmin(base + path).build(), HttpResponse.BodyHandlers.discarding());
            try {
                HttpResponse<Void> response = answer.get(cap.toMillis(), TimeUnit.MILLISECONDS);
                if (response.statusCode() != 200) {
                    throw new IllegalStateException(path + " answered " + response.statusCode());
                }
                millis.add((System.nanoTime() - start) / 1e6);
            } catch (TimeoutException slow) {
                over = "> %d s".formatted(cap.toSeconds());
                try {
                    answer.get(drainAtMost.toMillis(), TimeUnit.MILLISECONDS);
                    over += " (answered after %.0f s)".formatted((System.nanoTime() - start) / 1e9);
                } catch (TimeoutException stillRunning) {
                    over += " (no answer after %d min)".formatted(drainAtMost.toMinutes());
                } catch (ExecutionException failed) {
                    over += " (failed: " + failed.getCause().getMessage() + ")";
                }
            }
            System.out.printf("  %s: call %d %s%n", path, call + 1, over != null ? over
                    : "%.0f ms".formatted(millis.getLast()));
        }
        millis.sort(null);
        String value;
        Boolean met;
        if (over != null) {
            value = over + (millis.isEmpty() ? "" : "; earlier calls " + millis.stream()
                    .map(m -> "%.0f ms".formatted(m)).toList());
            met = false;
        } else {
            double p50 = percentile(millis, 50);
            double p99 = percentile(millis, 99);
            value = "p50 %,.0f ms, p99 %,.0f ms (%d calls)".formatted(p50, p99, millis.size());
            met = p99 < targetMillis;
        }
        value += "; load %.1f→%.1f".formatted(loadBefore, loadAverage());
        return new Figure(what, value, "p99 < %,d ms".formatted(targetMillis), met);
    }

    private static String parts(AlertWatcher.Check check) {
        return "judging %.1f s, recording and raising %.1f s, delivering %.1f s (%,d)".formatted(
                check.judging().toMillis() / 1e3, check.recording().toMillis() / 1e3,
                check.delivering().toMillis() / 1e3, check.delivered());
    }

    /** How long the store alone takes for {@code documents} at its rates from one writer and from two. */
    private static String atStoreRates(long documents, Rate oneWriter, Rate twoWriters) {
        return "%.1f s at one writer's rate, %.1f s at two's".formatted(documents / oneWriter.perSecond(),
                documents / twoWriters.perSecond());
    }

    /** The machine's load average over the last minute: the figures mean little without it on a shared machine. */
    static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    static double percentile(List<Double> sorted, int percent) {
        return sorted.get((int) Math.ceil(percent / 100.0 * sorted.size()) - 1);
    }
}
