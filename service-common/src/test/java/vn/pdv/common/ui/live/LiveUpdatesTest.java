package vn.pdv.common.ui.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LiveUpdatesTest {

    /** Long enough that a first push "at once" is told apart from one after the quiet period, even on a busy machine. */
    private static final Duration QUIET = Duration.ofMillis(1500);

    private final LiveUpdates live = new LiveUpdates(QUIET, Duration.ofMillis(100));

    @AfterEach
    void close() {
        live.close();
    }

    /** A page's stream, as the pushes reach it. */
    static final class Page implements LiveUpdates.Sink {
        final List<String> received = new CopyOnWriteArrayList<>();
        volatile boolean gone;
        volatile boolean closed;

        @Override
        public void send(String event, String data) throws IOException {
            if (gone) {
                throw new IOException("Broken pipe");
            }
            received.add(event + ":" + data);
        }

        @Override
        public void heartbeat() throws IOException {
            if (gone) {
                throw new IOException("Broken pipe");
            }
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    @Test
    void theFirstChangeGoesOutAtOnceAndABurstAfterItBecomesOnePushOfTheLatest() {
        Page page = new Page();
        live.subscribe("DUK", page);

        live.publish("DUK", "changed", "1");
        await().atMost(Duration.ofMillis(1000)).until(() -> page.received.size() == 1);
        for (int step = 2; step <= 50; step++) {
            live.publish("DUK", "changed", String.valueOf(step));
        }

        await().atMost(Duration.ofSeconds(6)).until(() -> page.received.size() == 2);
        assertThat(page.received).containsExactly("changed:1", "changed:50");
        await().during(QUIET.multipliedBy(2)).atMost(Duration.ofSeconds(6)).until(() -> page.received.size() == 2);
    }

    @Test
    void eachTopicAndEventIsCoalescedOnItsOwn() {
        Page bloc = new Page();
        Page organisation = new Page();
        live.subscribe("DUK", bloc);
        live.subscribe("DUK-26", organisation);

        live.changed("DUK");
        live.publish("DUK", "freshness", "14:05:09");
        live.changed("DUK-26");

        await().atMost(Duration.ofSeconds(5)).until(() -> bloc.received.size() == 2 && organisation.received.size() == 1);
        assertThat(bloc.received).containsExactlyInAnyOrder("changed:DUK", "freshness:14:05:09");
        assertThat(organisation.received).containsExactly("changed:DUK-26");
    }

    @Test
    void aPageThatHasGoneIsDroppedAtTheNextHeartbeat() {
        Page staying = new Page();
        Page leaving = new Page();
        live.subscribe("DUK", staying);
        live.subscribe("DUK", leaving);
        assertThat(live.subscribers("DUK")).isEqualTo(2);

        leaving.gone = true;

        await().atMost(Duration.ofSeconds(5)).until(() -> live.subscribers("DUK") == 1);
        live.changed("DUK");
        await().atMost(Duration.ofSeconds(5)).until(() -> staying.received.size() == 1);
    }

    @Test
    void aTopicNobodyWatchesCostsNothing() {
        live.changed("DUK-40");
        assertThat(live.subscribers("DUK-40")).isZero();
    }

    @Test
    void stoppingTheServiceEndsEveryStreamSoShutdownDoesNotWaitForOpenPages() {
        Page page = new Page();
        live.subscribe("DUK", page);

        live.stop();

        assertThat(page.closed).isTrue();
        assertThat(live.subscribers("DUK")).isZero();
        assertThat(live.isRunning()).isFalse();
    }
}
