package vn.pdv.benchmarks;

import java.time.Duration;

/** How many events in how long. */
record Rate(long events, Duration took) {

    double perSecond() {
        return events * 1_000_000_000.0 / Math.max(1, took.toNanos());
    }

    @Override
    public String toString() {
        return "%,.0f/s (%,d in %.2f s)".formatted(perSecond(), events, took.toNanos() / 1e9);
    }
}
