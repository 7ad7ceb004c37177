package vn.pdv.benchmarks;

import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

/**
 * Records steps at a unit service over plain HTTP/1.1, as its staff would: new sources, and the next step of candidates
 * already on its books ({@link #preload}); as fast as concurrent clients can, or one source at a time at a steady pace.
 */
final class Steps {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String api;
    private final String branch;
    private final Supplier<String> token;
    private final AtomicInteger numbers = new AtomicInteger();

    /** @param token the access token of an account that may record for {@code branch}, renewed before it expires */
    Steps(int port, String branch, Supplier<String> token) {
        this.api = "http://127.0.0.1:" + port + "/api";
        this.branch = branch;
        this.token = token;
    }

    /** Identifies one source and returns its candidate id once acknowledged; anything but 201 is a failed run. */
    String record() {
        String body = """
                {"branchCode":"%s","introducedBy":"YOUTH_UNION","identifiedOn":"2024-02-01",\
                "person":{"fullName":"Nguyễn Văn %d","dateOfBirth":"1999-08-30"},\
                "attributes":{"gender":"MALE","youthUnionMember":true}}""".formatted(branch, numbers.incrementAndGet());
        return JsonPath.read(post("/sources", body), "$.candidateId");
    }

    /** Records the next step of a candidate on the books and returns it moved on by that step. */
    private OnTheBooks takeNextStep(OnTheBooks candidate) {
        NextStep next = candidate.next();
        post("/candidates/" + candidate.id() + "/" + next.path, next.body);
        return new OnTheBooks(candidate.id(), candidate.stepsTaken() + 1);
    }

    private String post(String path, String body) {
        return send(HttpRequest.newBuilder(URI.create(api + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)), 201);
    }

    private String send(HttpRequest.Builder builder, int expected) {
        HttpRequest request = builder.header("Authorization", "Bearer " + token.get()).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expected) {
                throw new IllegalStateException(request.method() + " " + request.uri() + " answered "
                        + response.statusCode() + " " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException("Request not sent", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Puts {@code count} candidates on the books, untimed, by {@code clients} concurrent clients: {@code count} new
     * sources, half of them then added to the sympathiser list and a quarter given their awareness-class certificate,
     * so the books are not all at the first stage. Answers them in a fixed shuffled order, each with its next step.
     */
    Queue<OnTheBooks> preload(int count, int clients) {
        List<String> ids = Collections.synchronizedList(new ArrayList<>(count));
        concurrently(clients, count, k -> ids.add(record()));
        List<OnTheBooks> books = new ArrayList<>(ids.stream().map(id -> new OnTheBooks(id, 0)).toList());
        for (int steps = 1; steps <= 2; steps++) {
            int moved = count >> steps;
            concurrently(clients, moved, k -> books.set(k, takeNextStep(books.get(k))));
        }
        Collections.shuffle(books, new Random(16));
        return new ConcurrentLinkedQueue<>(books);
    }

    /**
     * {@code clients} virtual threads read candidates back to back, {@code GET /api/candidates/{id}} of each of
     * {@code ids} in turn, for {@code during}: what the service answers when it records nothing, as a floor for
     * {@link #mixed} (a step makes the same reads, and writes besides).
     */
    Rate reads(int clients, Duration during, List<String> ids) {
        return concurrently(clients, Integer.MAX_VALUE, during,
                k -> send(HttpRequest.newBuilder(URI.create(api + "/candidates/" + ids.get(k % ids.size()))).GET(), 200));
    }

    /**
     * {@code clients} virtual threads record back to back until {@code steps} are acknowledged or time is up: every
     * other one a new source, the others the next step of a candidate taken from {@code books} (a source when none is
     * left), who goes back to the end of it while a step remains. A candidate is so never stepped by two clients at
     * once, and each step is valid under the pipeline's rules.
     */
    Mix mixed(int clients, int steps, Duration atMost, Queue<OnTheBooks> books) {
        AtomicInteger onTheBooks = new AtomicInteger();
        LongAdder sourceNanos = new LongAdder();
        LongAdder stepNanos = new LongAdder();
        Rate all = concurrently(clients, steps, atMost, k -> {
            OnTheBooks candidate = k % 2 == 1 ? books.poll() : null;
            long start = System.nanoTime();
            if (candidate == null) {
                record();
                sourceNanos.add(System.nanoTime() - start);
                return;
            }
            OnTheBooks moved = takeNextStep(candidate);
            stepNanos.add(System.nanoTime() - start);
            onTheBooks.incrementAndGet();
            if (moved.stepsTaken() < NextStep.values().length) {
                books.add(moved);
            }
        });
        long sources = all.events() - onTheBooks.get();
        return new Mix(all, onTheBooks.get(), mean(sourceNanos, sources), mean(stepNanos, onTheBooks.get()));
    }

    private static Duration mean(LongAdder nanos, long count) {
        return Duration.ofNanos(count == 0 ? 0 : nanos.sum() / count);
    }

    private static void concurrently(int clients, int steps, IntConsumer step) {
        concurrently(clients, steps, Duration.ofHours(1), step);
    }

    /**
     * Runs {@code step} for 0, 1, … by {@code clients} virtual threads until all ran or time is up; the first failure
     * ends the run.
     */
    private static Rate concurrently(int clients, int steps, Duration atMost, IntConsumer step) {
        AtomicInteger acknowledged = new AtomicInteger();
        AtomicInteger claimed = new AtomicInteger();
        long deadline = System.nanoTime() + atMost.toNanos();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        List<Thread> threads = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < clients; i++) {
            threads.add(Thread.ofVirtual().start(() -> {
                try {
                    int k;
                    while (failure.get() == null && (k = claimed.getAndIncrement()) < steps
                            && System.nanoTime() < deadline) {
                        step.accept(k);
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

    /** A candidate on the unit service's books and how many of {@link NextStep}'s steps they have taken. */
    record OnTheBooks(String id, int stepsTaken) {

        NextStep next() {
            return NextStep.values()[stepsTaken];
        }
    }

    /** The steps after the source, in the pipeline's order, each dated after the one before (the source: 1 Feb.). */
    enum NextStep {
        SYMPATHISER("sympathisers", """
                {"addedOn":"2024-03-01","resolutionNumber":"12-NQ/CB","helperMemberRef":"DV-BENCH-01"}"""),
        CERTIFIED("certificate", """
                {"certificateNumber":"GCN-BENCH-2024","issuedOn":"2024-04-01"}"""),
        VERIFIED("verification", """
                {"startedOn":"2024-05-02","concludedOn":"2024-05-20"}""");

        private final String path;
        private final String body;

        NextStep(String path, String body) {
            this.path = path;
            this.body = body;
        }
    }

    /**
     * A timed mix: all it recorded, of which new sources and steps of candidates already on the books, and the mean
     * time a client waited for each kind's answer (with the other clients' requests queued alongside).
     */
    record Mix(Rate all, long onTheBooks, Duration meanSource, Duration meanStep) {

        /** The new sources: every step recorded that was not a candidate's next one. */
        long sources() {
            return all.events() - onTheBooks;
        }

        @Override
        public String toString() {
            return "%s: %,d sources (mean %d ms), %,d next steps (mean %d ms)".formatted(all, sources(),
                    meanSource.toMillis(), onTheBooks, meanStep.toMillis());
        }
    }
}
