package vn.pdv.aggregator.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.pdv.aggregator.AggregatorTest;
import vn.pdv.aggregator.UnitLog;
import vn.pdv.events.CandidateStage;
import vn.pdv.events.UnitKind;
import vn.pdv.stack.JsonApi;

/**
 * Issue 13, a candidate transferred between committees, through the real broker and registry: committee A identifies
 * a source and lists them, records their exit "moved to another unit", and committee B takes them in at the stage
 * reached, under A's id for them. The province counts the source once and no exit, and its stock holds the person once,
 * at B's branch, whichever log arrives first; redelivered, nothing changes.
 */
@AggregatorTest
class TransferIntakeTest {

    private static final LocalDate IDENTIFIED = LocalDate.of(2024, 3, 1);
    private static final LocalDate LISTED = LocalDate.of(2024, 3, 20);
    private static final LocalDate MOVED = LocalDate.of(2024, 6, 1);
    private static final LocalDate TAKEN_IN = LocalDate.of(2024, 6, 3);

    @LocalServerPort
    int port;

    @Test
    void countsTheSourceOnceAndNoExitAndStocksThePersonOnceAtTheReceivingBranchWhicheverLogComesFirst() {
        JsonApi api = new JsonApi(port).as(AggregatorTest.PROVINCE_ADMIN);
        try (UnitLog a = new UnitLog(); UnitLog b = new UnitLog()) {
            String root = a.committee();
            String fromA = a.unit("KN");
            String toB = b.unit("KN");
            String exitFirst = UUID.randomUUID().toString();
            String takenInFirst = UUID.randomUUID().toString();
            List<org.apache.avro.specific.SpecificRecord> ofA = new ArrayList<>(List.of(
                    a.registered(a.next(), root, null), a.registered(a.next(), fromA, root),
                    a.registered(a.next(), b.committee(), root, UnitKind.GRASSROOTS_COMMITTEE),
                    a.source(a.next(), exitFirst, fromA, IDENTIFIED), a.sympathiserAdded(a.next(), exitFirst, fromA, LISTED),
                    a.source(a.next(), takenInFirst, fromA, IDENTIFIED),
                    a.sympathiserAdded(a.next(), takenInFirst, fromA, LISTED),
                    a.movedAway(a.next(), exitFirst, fromA, MOVED, b.committee(), CandidateStage.SYMPATHISER)));
            send(api, a, ofA);

            var ofB = List.<org.apache.avro.specific.SpecificRecord>of(
                    b.registered(b.next(), b.committee(), root), b.registered(b.next(), toB, b.committee()),
                    b.transferredIn(b.next(), exitFirst, toB, root, "SYMPATHISER", TAKEN_IN),
                    b.transferredIn(b.next(), takenInFirst, toB, root, "SYMPATHISER", TAKEN_IN));
            send(api, b, ofB);
            // A's link was down: its exit of the second candidate arrives after B took them in.
            var lateExit = a.movedAway(a.next(), takenInFirst, fromA, MOVED, b.committee(), CandidateStage.SYMPATHISER);
            send(api, a, List.of(lateExit));
            ofA.add(lateExit);

            var province = api.get("/api/progress/" + root + "/2024");
            assertThat(province.<Integer>read("$.sources.actual")).isEqualTo(2);
            assertThat(province.<Integer>read("$.pipeline.SYMPATHISERS_ADDED")).isEqualTo(2);
            assertThat(province.<Integer>read("$.pipeline.EXITS")).as("a move is no loss").isZero();
            assertThat(province.<Integer>read("$.stock.SYMPATHISER")).isEqualTo(2);
            assertThat(province.<Integer>read("$.stock.EXITED")).isZero();
            assertThat(province.<Integer>read("$.stock.SOURCE")).isZero();
            var receiving = api.get("/api/progress/" + toB + "/2024");
            assertThat(receiving.<Integer>read("$.stock.SYMPATHISER")).isEqualTo(2);
            assertThat(receiving.<Integer>read("$.sources.actual")).as("counted where identified").isZero();
            var sending = api.get("/api/progress/" + fromA + "/2024");
            assertThat(sending.<Integer>read("$.stock.SYMPATHISER")).isZero();
            assertThat(sending.<Integer>read("$.stock.EXITED")).isZero();
            assertThat(sending.<Integer>read("$.sources.actual")).isEqualTo(2);
            List<String> figures = figures(api, root, fromA, toB);

            // Both relays re-send everything after a crash, each followed by a new event that moves no figure (a
            // branch registered again as it was), so that the redelivered ones have been applied before the check.
            ofA.add(a.registered(a.next(), fromA, root));
            send(api, a, ofA);
            var again = new ArrayList<>(ofB);
            again.add(b.registered(b.next(), toB, b.committee()));
            send(api, b, again);

            assertThat(figures(api, root, fromA, toB)).isEqualTo(figures);
        }
    }

    /** Sends in order and waits until the aggregator has applied the log up to the last of them. */
    private static void send(JsonApi api, UnitLog log, List<org.apache.avro.specific.SpecificRecord> events) {
        log.send(events.toArray(org.apache.avro.specific.SpecificRecord[]::new));
        long last = ((vn.pdv.events.EventMetadata) ((org.apache.avro.generic.GenericRecord) events.getLast())
                .get("metadata")).getSequence();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(UnitLog.appliedUpTo(api, log.committee())).isGreaterThanOrEqualTo(last));
    }

    private static List<String> figures(JsonApi api, String... units) {
        List<String> figures = new ArrayList<>();
        for (String unit : units) {
            figures.add(api.get("/api/progress/" + unit + "/2024").body());
        }
        return figures;
    }
}
