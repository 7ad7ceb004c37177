package vn.pdv.aggregator.mongo;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * One log's events written by two consumers at once, as a consumer group's rebalance does: the first owner applied up
 * to 1,250 in batches of 250 but had committed its offsets only up to 1,000 when the group moved the partition on. Its
 * retry rewinds it to the committed 1,000, where the new owner starts too: from then on both read and write the same
 * documents at once, batch for batch (50 events each), on threads of their own.
 */
public final class RebalancedWriters {

    /** The first owner's progress before the rebalance: applied, and committed. */
    private static final int APPLIED = 1_250;
    private static final int COMMITTED = 1_000;

    /** Applies the log's events from {@code from} (inclusive) to {@code to} (exclusive), as one batch. */
    @FunctionalInterface
    public interface Batch {
        void apply(int from, int to);
    }

    private RebalancedWriters() {
    }

    /** Plays the log of {@code events} (more than 1,250) through {@code batch}, as the class comment says. */
    public static void play(int events, Batch batch) {
        for (int from = 0; from < APPLIED; from += 250) {
            batch.apply(from, from + 250);
        }
        CountDownLatch together = new CountDownLatch(1);
        Runnable fromTheCommittedOffset = () -> {
            try {
                together.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            for (int from = COMMITTED; from < events; from += 50) {
                batch.apply(from, Math.min(events, from + 50));
            }
        };
        // Threads of their own: the common pool may have a single worker on a small machine, and run one after the other.
        try (ExecutorService writers = Executors.newFixedThreadPool(2)) {
            CompletableFuture<Void> zombie = CompletableFuture.runAsync(fromTheCommittedOffset, writers);
            CompletableFuture<Void> owner = CompletableFuture.runAsync(fromTheCommittedOffset, writers);
            together.countDown();
            CompletableFuture.allOf(zombie, owner).join();
        }
    }
}
