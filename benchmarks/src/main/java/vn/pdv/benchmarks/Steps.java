package vn.pdv.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/** Records sources at a unit service over plain HTTP/1.1: as fast as concurrent clients can, or one at a time at a steady pace. */
final class Steps {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final URI sources;
    private final String branch;
    private final Supplier<String> token;
    private final AtomicInteger numbers = new AtomicInteger();

    /** @param token the access token of an account that may record for {@code branch}, renewed before it expires */
    Steps(int port, String branch, Supplier<String> token) {
        this.sources = URI.create("http://127.0.0.1:" + port + "/api/sources");
        this.branch = branch;
        this.token = token;
    }

    /** Sends one step and returns when it is acknowledged; anything but 201 is a failed run. */
    void record() {
        String body = """
                {"branchCode":"%s","introducedBy":"YOUTH_UNION","identifiedOn":"2024-02-01",\
                "person":{"fullName":"Nguyễn Văn %d","dateOfBirth":"1999-08-30"},\
                "attributes":{"gender":"MALE","youthUnionMember":true}}""".formatted(branch, numbers.incrementAndGet());
        HttpRequest request = HttpRequest.newBuilder(sources).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token.get())
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 201) {
                throw new IllegalStateException("Step refused: " + response.statusCode() + " " + response.body());
            }
        } catch (IOException e) {
            throw new IllegalStateException("Step not sent", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** {@code clients} virtual threads record steps back to back until {@code steps} are acknowledged or time is up. */
    Rate asFastAsPossible(int clients, int steps, Duration atMost) {
        AtomicInteger acknowledged = new AtomicInteger();
        AtomicInteger claimed = new AtomicInteger();
        long deadline = System.nanoTime() + atMost.toNanos();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        List<Thread> threads = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < clients; i++) {
            threads.add(Thread.ofVirtual().start(() -> {
                try {
                    while (failure.get() == null && claimed.incrementAndGet() <= steps && System.nanoTime() < deadline) {
                        record();
                        acknowledged.incrementAndGet();
                    }
                } catch (RuntimeException e) {
                    failure.compareAndSet(null, e);
                }
            }));
        }
        threads.forEach(Steps::join);
        if (failure.get() != null) {
            throw failure.get();
        }
        return new Rate(acknowledged.get(), Duration.ofNanos(System.nanoTime() - start));
    }

    /**
     * One client sends {@code steps} steps, one every {@code 1/perSecond} s (later if the previous one is still
     * waiting), and returns when each was sent, in nanoTime; the k-th sent is the k-th in the log.
     */
    long[] steadily(int perSecond, int steps) {
        long[] sentAt = new long[steps];
        long interval = 1_000_000_000L / perSecond;
        long next = System.nanoTime();
        for (int k = 0; k < steps; k++) {
            long wait = next - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait); // pacing the load, not waiting for a result
            }
            sentAt[k] = System.nanoTime();
            record();
            next += interval;
        }
        return sentAt;
    }

    private static void join(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
