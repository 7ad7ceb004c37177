package vn.pdv.demo.outbox;

import java.net.ConnectException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.web.client.ResourceAccessException;
import vn.pdv.stack.JsonApi;

/**
 * Clients recording sources one after another on virtual threads until told to stop or until the service
 * goes away. Each request ends in one of three ways: acknowledged (201); refused before it was sent
 * (connection refused, so certainly not recorded); or cut off in flight by a kill, which the service may or
 * may not have recorded before it died.
 */
final class SteadyClients {

    private final AtomicInteger acknowledged = new AtomicInteger();
    private final AtomicInteger cutOffInFlight = new AtomicInteger();
    private final AtomicInteger numbers;
    private final ConcurrentLinkedQueue<String> unexpected = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean stop = new AtomicBoolean();
    private final List<Thread> threads = new ArrayList<>();

    private SteadyClients(AtomicInteger numbers) {
        this.numbers = numbers;
    }

    static SteadyClients start(int clients, JsonApi unit, Committee committee, AtomicInteger numbers) {
        SteadyClients load = new SteadyClients(numbers);
        for (int i = 0; i < clients; i++) {
            load.threads.add(Thread.ofVirtual().start(() -> load.record(unit, committee)));
        }
        return load;
    }

    private void record(JsonApi unit, Committee committee) {
        while (!stop.get()) {
            try {
                JsonApi.Answer answer = unit.post("/api/sources", committee.source(numbers.incrementAndGet()));
                if (answer.status() == 201) {
                    acknowledged.incrementAndGet();
                } else {
                    unexpected.add(answer.status() + " " + answer.body());
                }
            } catch (ResourceAccessException gone) {
                if (!(gone.getCause() instanceof ConnectException)) {
                    cutOffInFlight.incrementAndGet();
                }
                return;
            }
        }
    }

    int acknowledged() {
        return acknowledged.get();
    }

    /** Waits for every client to finish: after a kill they end by themselves; otherwise they are stopped. */
    SteadyClients awaitEnd(boolean stopThem) {
        stop.compareAndSet(false, stopThem);
        for (Thread thread : threads) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return this;
    }

    int cutOffInFlight() {
        return cutOffInFlight.get();
    }

    List<String> unexpectedAnswers() {
        return List.copyOf(unexpected);
    }
}
