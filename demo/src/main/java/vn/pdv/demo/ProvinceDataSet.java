package vn.pdv.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.pdv.dataset.DataSet;
import vn.pdv.dataset.kafka.TopicWriter;
import vn.pdv.dataset.web.AggregatorStaff;

/**
 * The generated province (module {@code dataset}: one province, 2024–2026, across the July 2025 reorganisation) for
 * a newcomer to see a province-sized dashboard: its logs up to the reorganisation written onto the topic before the
 * services start; once the aggregator has applied them, the reorganisation's changes to the tree given through its
 * API as staff would, then the rest of the logs, and once those are applied, the plan and memberships. Each is noted
 * in the data directory, so a restart neither writes the province twice nor gives the changes again.
 */
final class ProvinceDataSet {

    private static final Pattern LOG_LINE = Pattern.compile("(\\S+)=(\\d+)");

    private final DataSet dataSet;
    private final String code;
    private final Path written;
    private final Path staffDone;
    private String kafka;
    private String schemaRegistry;

    /** @param name what {@code pdv.demo.dataset} says: {@code province} */
    static ProvinceDataSet named(String name, Path dataDir) {
        if (!name.equals("province")) {
            throw new IllegalArgumentException("pdv.demo.dataset can be province, not " + name
                    + " (the nation is for benchmarks, not a demo)");
        }
        return new ProvinceDataSet(DataSet.province(1), dataDir);
    }

    ProvinceDataSet(DataSet dataSet, Path dataDir) {
        this.dataSet = dataSet;
        this.code = dataSet.provinces().getFirst();
        String name = dataSet.name() + "-" + code + "-" + dataSet.seed();
        this.written = dataDir.resolve("dataset-" + name + "-written.txt");
        this.staffDone = dataDir.resolve("dataset-" + name + "-staff-done.txt");
    }

    String code() {
        return code;
    }

    /**
     * Writes the province's logs up to the reorganisation ({@link DataSet#reorganisedAt()}) onto the topic, unless an
     * earlier start did; the rest follows the province's changes to the tree ({@link #whenApplied}).
     */
    void writeOnto(String kafka, String schemaRegistry) {
        this.kafka = kafka;
        this.schemaRegistry = schemaRegistry;
        if (Files.exists(written)) {
            System.out.println("Province " + code + " is on the topic already (" + written + ")");
            return;
        }
        System.out.println("Writing the generated province " + code + " (2024–2026) onto the topic…");
        try (TopicWriter writer = new TopicWriter(kafka, schemaRegistry)) {
            writer.ensureTopic();
            TopicWriter.Written done = writer.write(dataSet.entries(true));
            Files.createDirectories(written.getParent());
            note(done);
            System.out.printf("Province %s: %,d events from %d committees' logs in %.0f s%n", code, done.events(),
                    done.lastSequences().size(), done.took().toMillis() / 1e3);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * In the background: waits until the aggregator has applied the logs written, then gives the reorganisation and
     * writes the rest of the logs, waits again, then gives the plan and memberships (each unless an earlier start
     * did) and says where to look; all as the province administrator ({@code admin} gives
     * their access token).
     */
    Thread whenApplied(String aggregatorUrl, Supplier<String> admin) {
        return Thread.ofPlatform().name("pdv-demo-province").daemon().start(() -> {
            try {
                Map<String, Long> lastSequences = lastSequences();
                HttpClient http = HttpClient.newHttpClient();
                while (!applied(http, aggregatorUrl, admin, lastSequences)) {
                    // Polls the aggregator over HTTP, which has no "applied up to" notification; a daemon thread.
                    Thread.sleep(5_000);
                }
                AggregatorStaff staff = new AggregatorStaff(aggregatorUrl, admin);
                DataSet.StaffWork work = dataSet.staffWork(code);
                if (!Files.exists(staffDone)) {
                    // The province changes the tree before the communes record in it: a new commune may change only
                    // what stands in its subtree (the aggregator's intake/Authority).
                    staff.reorganise(work);
                    Files.writeString(staffDone, "reorganised\n");
                    try (TopicWriter writer = new TopicWriter(kafka, schemaRegistry)) {
                        note(writer.write(dataSet.entries(false)));
                    }
                    lastSequences = lastSequences();
                    while (!applied(http, aggregatorUrl, admin, lastSequences)) {
                        Thread.sleep(5_000);
                    }
                }
                if (!Files.readString(staffDone).startsWith("done")) {
                    staff.plansAndMemberships(work);
                    Files.writeString(staffDone, "done\n");
                }
                System.out.println("Province " + code + " ready: " + aggregatorUrl + "/api/progress/" + code
                        + "/2025  (and " + aggregatorUrl + "/api/status/" + code + ", /api/reports/" + code + "/2025)");
            } catch (InterruptedException stopping) {
                Thread.currentThread().interrupt();
            } catch (IOException | RuntimeException failed) {
                System.err.println("Province " + code + " could not be completed: " + failed.getMessage());
            }
        });
    }

    /** Adds the logs' last sequences written to the note (a later part's replace an earlier's). */
    private void note(TopicWriter.Written done) throws IOException {
        Map<String, Long> lastSequences = Files.exists(written) ? lastSequences() : new LinkedHashMap<>();
        lastSequences.putAll(done.lastSequences());
        StringBuilder logs = new StringBuilder();
        lastSequences.forEach((log, sequence) -> logs.append(log).append('=').append(sequence).append('\n'));
        Files.writeString(written, logs);
    }

    private Map<String, Long> lastSequences() throws IOException {
        Map<String, Long> lastSequences = new LinkedHashMap<>();
        for (String line : Files.readAllLines(written)) {
            Matcher m = LOG_LINE.matcher(line);
            if (m.matches()) {
                lastSequences.put(m.group(1), Long.parseLong(m.group(2)));
            }
        }
        return lastSequences;
    }

    private static boolean applied(HttpClient http, String aggregatorUrl, Supplier<String> admin,
                                   Map<String, Long> lastSequences) throws InterruptedException {
        try {
            HttpResponse<String> logs = http.send(HttpRequest.newBuilder(URI.create(aggregatorUrl + "/api/logs"))
                    .header("Authorization", "Bearer " + admin.get())
                    .timeout(Duration.ofMinutes(2)).build(), HttpResponse.BodyHandlers.ofString());
            if (logs.statusCode() != 200) {
                return false;
            }
            List<Map<String, Object>> noted = com.jayway.jsonpath.JsonPath.read(logs.body(), "$[*]");
            Map<String, Long> seen = new LinkedHashMap<>();
            noted.forEach(log -> seen.put((String) log.get("log"), ((Number) log.get("lastSequence")).longValue()));
            return lastSequences.entrySet().stream()
                    .allMatch(log -> seen.getOrDefault(log.getKey(), 0L).equals(log.getValue()));
        } catch (IOException notYet) {
            return false;
        }
    }
}
