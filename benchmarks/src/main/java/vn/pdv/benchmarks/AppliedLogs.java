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
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.awaitility.core.TerminalFailureException;

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

    void await(Map<String, Long> lastSequences, Duration atMost) {
        await(lastSequences, atMost, () -> true);
    }

    /**
     * As {@link #await(Map, Duration)}, giving up as soon as {@code alive} says the aggregator is gone. Polls once a
     * second: the aggregator, another process or another context, offers no "applied up to" notification to wait on.
     */
    void await(Map<String, Long> lastSequences, Duration atMost, BooleanSupplier alive) {
        try {
            Awaitility.await().atMost(atMost).pollDelay(Duration.ZERO).pollInterval(Duration.ofSeconds(1))
                    // An aggregator in a JVM of its own opens its port only once its context is up.
                    .ignoreException(ConnectException.class)
                    .failFast("The aggregator exited", () -> !alive.getAsBoolean())
                    .until(() -> applied(lastSequences));
        } catch (ConditionTimeoutException e) {
            throw new IllegalStateException("The aggregator did not apply every log within " + atMost, e);
        } catch (TerminalFailureException e) {
            throw new IllegalStateException("The aggregator exited", e);
        }
    }

    private boolean applied(Map<String, Long> lastSequences) throws Exception {
        HttpResponse<String> logs = http.send(HttpRequest.newBuilder(URI.create(base + "/api/logs"))
                .header("Authorization", "Bearer " + token.get()).build(), HttpResponse.BodyHandlers.ofString());
        if (logs.statusCode() != 200) {
            return false;
        }
        List<Map<String, Object>> noted = JsonPath.read(logs.body(), "$[*]");
        Map<String, Long> seen = new HashMap<>();
        noted.forEach(log -> seen.put((String) log.get("log"), ((Number) log.get("lastSequence")).longValue()));
        return lastSequences.entrySet().stream()
                .allMatch(log -> seen.getOrDefault(log.getKey(), 0L).equals(log.getValue()));
    }
}
