package vn.pdv.aggregator.alert;

import java.time.Duration;

/**
 * How often and how soon a failed delivery is tried again: the pause doubles from {@code first} up to {@code longest}.
 *
 * @param maxAttempts attempts before a delivery is given up as failed; 0 for never (the alerts topic: an alert must
 *                    not be lost because the broker was down for a while)
 */
public record Retries(int maxAttempts, Duration first, Duration longest) {

    public Retries {
        if (maxAttempts < 0 || first.isNegative() || longest.compareTo(first) < 0) {
            throw new IllegalArgumentException("retries: %d attempts, %s to %s".formatted(maxAttempts, first, longest));
        }
    }

    public Retries forever() {
        return new Retries(0, first, longest);
    }

    boolean exhaustedAfter(int attempts) {
        return maxAttempts > 0 && attempts >= maxAttempts;
    }

    /** The pause after the given number of failed attempts (1 for the first failure). */
    Duration pauseAfter(int attempts) {
        Duration pause = first;
        for (int i = 1; i < attempts && pause.compareTo(longest) < 0; i++) {
            pause = pause.multipliedBy(2);
        }
        return pause.compareTo(longest) < 0 ? pause : longest;
    }
}
