package vn.pdv.benchmarks;

import com.jayway.jsonpath.JsonPath;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Waits, by polling the aggregator's {@code /api/logs}, until it has applied every log up to the sequences written. */
final class AppliedLogs {

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private final Supplier<String> token;

    /** @param token a province administrator's access token, fresh on each call */
    AppliedLogs(String base, Supplier<String> token) {
        this.base = base;
        this.token = token;
    }

    void await(Map<String, Long> lastSequences, Duration atMost) throws Exception {
        await(lastSequences, atMost, () -> true);
    }

    /** As {@link #await(Map, Duration)}, giving up as soon as {@code alive} says the aggregator is gone. */
    void await(Map<String, Long> lastSequences, Duration atMost, BooleanSupplier alive) throws Exception {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (System.nanoTime() < deadline && alive.getAsBoolean()) {
            HttpResponse<String> logs;
            try {
                logs = http.send(HttpRequest.newBuilder(URI.create(base + "/api/logs"))
                        .header("Authorization", "Bearer " + token.get()).build(), HttpResponse.BodyHandlers.ofString());
            } catch (ConnectException notListeningYet) {
                // An aggregator in a JVM of its own opens its port only once its context is up.
                logs = null;
            }
            if (logs != null && logs.statusCode() == 200) {
                List<Map<String, Object>> noted = JsonPath.read(logs.body(), "$[*]");
                Map<String, Long> seen = new HashMap<>();
                noted.forEach(log -> seen.put((String) log.get("log"), ((Number) log.get("lastSequence")).longValue()));
                if (lastSequences.entrySet().stream().allMatch(log -> seen.getOrDefault(log.getKey(), 0L)
                        .equals(log.getValue()))) {
                    return;
                }
            }
            // Polling another process over HTTP: the aggregator offers no "applied up to" notification to wait on.
            Thread.sleep(1_000);
        }
        throw new IllegalStateException(alive.getAsBoolean()
                ? "The aggregator did not apply every log within " + atMost : "The aggregator exited");
    }
}
