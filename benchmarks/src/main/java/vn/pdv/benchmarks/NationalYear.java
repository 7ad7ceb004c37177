package vn.pdv.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.pdv.aggregator.AggregatorApplication;
import vn.pdv.dataset.DataSet;
import vn.pdv.dataset.kafka.TopicWriter;
import vn.pdv.schemas.Topics;
import vn.pdv.stack.ChildProcess;
import vn.pdv.stack.FreePorts;
import vn.pdv.stack.LocalStack;
import vn.pdv.stack.ServiceWiring;
import vn.pdv.stack.Tokens;

/**
 * The national year (issue 16), on a stack of its own: the nation's 34 provinces over 2026 written onto the topic,
 * then the aggregator started on an empty store in a JVM of its own with a 1 GiB heap (the limit), timed until
 * every log's last event is applied; each province's progress for 2026 read once (the read caches filled); then the
 * heap it holds after a full collection. Kafka Streams on the same topic for comparison. The embedded MongoDB lives in
 * this JVM, not the aggregator's: its data is not in the aggregator's heap, as with a real MongoDB. It holds the
 * nation's documents in this JVM's heap, several GiB: run with {@code -Xmx14g} (benchmarks/README.md).
 */
final class NationalYear {

    /** The limit; another ({@code -Dpdv.bench.national.heap=4g}) to see what the caches need beyond it. */
    private static final String HEAP = System.getProperty("pdv.bench.national.heap", "1g");

    private final long seed = Long.getLong("pdv.bench.national.seed", 1);
    private final Duration atMost = Duration.ofMinutes(Integer.getInteger("pdv.bench.national.minutes", 40));
    private final HttpClient http = HttpClient.newHttpClient();

    List<Figure> run() throws Exception {
        List<Figure> figures = new ArrayList<>();
        DataSet nation = DataSet.nation(seed);
        try (LocalStack stack = LocalStack.builder().withKeycloak(0).start();
             TopicWriter writer = new TopicWriter(stack.kafkaBootstrapServers(), stack.schemaRegistryUrl())) {
            Tokens tokens = new Tokens(stack.keycloakIssuer());
            writer.ensureTopic();
            TopicWriter.Written written = writer.write(nation.entries());
            System.out.printf("  generated the nation (%d provinces, 2026): %,d events from %d logs in %.1f s%n",
                    nation.provinces().size(), written.events(), written.lastSequences().size(),
                    written.took().toMillis() / 1e3);
            figures.add(Figure.baseline("Generator: the nation, 34 provinces over 2026, onto the topic",
                    "%,d events, %d logs, %.1f s".formatted(written.events(), written.lastSequences().size(),
                            written.took().toMillis() / 1e3)));

            int port = FreePorts.any();
            List<String> properties = new ArrayList<>(List.of("pdv.aggregator.alerts.check-every=P1D",
                    ServiceWiring.oidcIssuer(stack.keycloakIssuer())));
            properties.addAll(ServiceWiring.properties(stack.kafkaBootstrapServers(), stack.schemaRegistryUrl(),
                    stack.mongoConnectionString("bench-nation")));
            List<String> command = ServiceWiring.javaCommand(List.of("-Xmx" + HEAP, "-XX:+ExitOnOutOfMemoryError"),
                    AggregatorApplication.class.getName(), AggregatorApplication.CONFIG_NAME, port, properties);
            Path dir = Files.createTempDirectory("national-aggregator");
            long start = System.nanoTime();
            // Stopped on close, and with the benchmark even when it is interrupted (Ctrl+C).
            try (ChildProcess aggregator = ChildProcess.start("the aggregator", command, environment -> {
            }, dir, dir.resolve("aggregator.log"))) {
                String base = "http://127.0.0.1:" + port;
                new AppliedLogs(base, () -> tokens.accessToken("province.admin"))
                        .await(written.lastSequences(), atMost, aggregator::isAlive);
                Duration replay = Duration.ofNanos(System.nanoTime() - start);
                double perSecond = written.events() / (replay.toNanos() / 1e9);
                System.out.printf("  replayed the nation in %.1f s%n", replay.toMillis() / 1e3);
                figures.add(new Figure("Aggregator, -Xmx" + HEAP + " in a JVM of its own: replay of the national year, "
                        + "start on an empty store to last event applied",
                        "%.1f s (%,.0f events/s)".formatted(replay.toMillis() / 1e3, perSecond), "< 60 s",
                        replay.toSeconds() < 60));

                Heap replayed = Heap.afterFullCollection(aggregator.pid());
                figures.add(Figure.baseline("Aggregator's heap after the replay, before any read, after a full "
                        + "collection (jcmd GC.run, GC.heap_info)", replayed.toString()));

                long readStart = System.nanoTime();
                int answered = 0;
                boolean refused = false;
                for (String province : nation.provinces()) {
                    try {
                        HttpResponse<Void> read = http.send(HttpRequest.newBuilder(
                                        URI.create(base + "/api/progress/" + province + "/2026"))
                                .header("Authorization", "Bearer " + tokens.accessToken("province.admin")).build(),
                                HttpResponse.BodyHandlers.discarding());
                        answered += read.statusCode() == 200 ? 1 : 0;
                    } catch (IOException gone) {
                        refused = true;
                        break;
                    }
                }
                System.out.printf("  read %d provinces' progress (%d answered) in %.1f s%n", nation.provinces().size(),
                        answered, (System.nanoTime() - readStart) / 1e9);
                if (aggregator.isAlive()) {
                    // What holds the heap, class by class, for whoever cuts it next (it collects first).
                    Path histogram = dir.resolve("class-histogram.txt");
                    Files.writeString(histogram, run(jcmd(), Long.toString(aggregator.pid()), "GC.class_histogram"));
                    System.out.printf("  the aggregator's classes by live bytes: %s%n", histogram);
                }
                String what = "Aggregator, -Xmx" + HEAP + ", after the replay and a progress read of each of the 34 "
                        + "provinces (the read caches filled)";
                if (refused || !aggregator.isAlive()) {
                    figures.add(new Figure(what, "exited after %d of 34 answered: %s (its output: %s)".formatted(
                            answered, aggregator.tail().lines().reduce((first, last) -> last).orElse("no output"),
                            aggregator.logFile()), "fits in 1 GiB", false));
                } else {
                    figures.add(new Figure(what + ", after a full collection",
                            "%s; %d of 34 answered".formatted(Heap.afterFullCollection(aggregator.pid()), answered),
                            "fits in 1 GiB", answered == nation.provinces().size()));
                }
            } catch (IllegalStateException e) {
                figures.add(new Figure("Aggregator, -Xmx" + HEAP + ": replay of the national year", e.getMessage()
                        + " (its output: " + dir.resolve("aggregator.log") + ")", "< 60 s in 1 GiB", false));
            }

            Rate streamed = new StreamsCount(stack.kafkaBootstrapServers(), stack.schemaRegistryUrl())
                    .countAll(Topics.UNIT_EVENTS);
            figures.add(Figure.baseline("Kafka Streams on the same topic (as in the province's figures)",
                    "%,.0f events/s (%,d events in %.1f s)".formatted(streamed.perSecond(), streamed.events(),
                            streamed.took().toMillis() / 1e3)));
        }
        return figures;
    }

    /** The heap of a JVM, in KiB, as the JDK's {@code jcmd} reads it after running a full collection. */
    private record Heap(long committed, long used) {

        private static final Pattern FIGURES = Pattern.compile("committed (\\d+)K, used (\\d+)K");

        static Heap afterFullCollection(long pid) throws IOException, InterruptedException {
            run(jcmd(), Long.toString(pid), "GC.run");
            String info = run(jcmd(), Long.toString(pid), "GC.heap_info");
            Matcher figures = FIGURES.matcher(info);
            if (!figures.find()) {
                throw new IllegalStateException("No heap figures in jcmd's answer: " + info);
            }
            return new Heap(Long.parseLong(figures.group(1)), Long.parseLong(figures.group(2)));
        }

        @Override
        public String toString() {
            return "%,d MiB used of %,d MiB committed".formatted(used >> 10, committed >> 10);
        }
    }

    private static String jcmd() {
        return Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return out;
    }
}
