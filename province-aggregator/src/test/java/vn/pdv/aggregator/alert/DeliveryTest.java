package vn.pdv.aggregator.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeliveryTest {

    private static final Instant NOON = Instant.parse("2024-09-02T05:00:00Z");
    private static final Retries THREE_TIMES = new Retries(3, Duration.ofSeconds(30), Duration.ofMinutes(1));

    @Test
    void aFailureIsRetriedAfterAPauseThatDoublesUpToTheLongest() {
        Delivery first = Delivery.pending(Channel.WEBHOOK, "http://example.org/hook", NOON).failed("503", NOON, THREE_TIMES);
        Delivery second = first.failed("503", NOON, THREE_TIMES);

        assertThat(first.state()).isEqualTo(Delivery.State.PENDING);
        assertThat(first.nextAttemptAt()).isEqualTo(NOON.plusSeconds(30));
        assertThat(first.dueAt(NOON.plusSeconds(29))).isFalse();
        assertThat(first.dueAt(NOON.plusSeconds(30))).isTrue();
        assertThat(second.nextAttemptAt()).isEqualTo(NOON.plusSeconds(60));
        assertThat(new Retries(0, Duration.ofSeconds(30), Duration.ofMinutes(1)).pauseAfter(10))
                .isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void aDeliveryIsGivenUpAfterItsLastAttemptWithTheReasonKept() {
        Delivery delivery = Delivery.pending(Channel.EMAIL, "vp@duk.example.vn", NOON);
        for (int i = 0; i < 3; i++) {
            delivery = delivery.failed("550 mailbox unavailable", NOON, THREE_TIMES);
        }

        assertThat(delivery.state()).isEqualTo(Delivery.State.FAILED);
        assertThat(delivery.attempts()).isEqualTo(3);
        assertThat(delivery.lastError()).isEqualTo("550 mailbox unavailable");
        assertThat(delivery.nextAttemptAt()).isNull();
    }

    @Test
    void theTopicIsTriedForEver() {
        Delivery delivery = Delivery.pending(Channel.KAFKA, "pdv.alerts", NOON);
        for (int i = 0; i < 50; i++) {
            delivery = delivery.failed("broker down", NOON, THREE_TIMES.forever());
        }

        assertThat(delivery.state()).isEqualTo(Delivery.State.PENDING);
        assertThat(delivery.nextAttemptAt()).isEqualTo(NOON.plus(Duration.ofMinutes(1)));
    }

    @Test
    void anAlertIsDueAtItsEarliestPendingDelivery() {
        Delivery done = Delivery.pending(Channel.KAFKA, "pdv.alerts", NOON).delivered(NOON);
        Delivery later = Delivery.pending(Channel.EMAIL, "a@duk.example.vn", NOON.plusSeconds(90));
        Delivery sooner = Delivery.pending(Channel.WEBHOOK, "http://example.org/hook", NOON.plusSeconds(10));

        assertThat(Delivery.nextAttemptAt(List.of(done, later, sooner))).contains(NOON.plusSeconds(10));
        assertThat(Delivery.nextAttemptAt(List.of(done))).isEmpty();
    }
}
