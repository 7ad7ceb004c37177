package vn.pdv.aggregator.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import vn.pdv.aggregator.AggregatorTest;
import vn.pdv.aggregator.UnitLog;
import vn.pdv.aggregator.VietnamClock;
import vn.pdv.events.UnitKind;
import vn.pdv.stack.JsonApi;
import vn.pdv.stack.SettableClock;

/**
 * Completeness at {@code GET /api/logs} and {@code GET /api/logs/{unit}}: which committees speak, which have gone
 * quiet (nothing received for longer than {@code pdv.aggregator.quiet-after}, judged on the injected clock), and
 * which are registered but never sent a single event.
 */
@AggregatorTest
@Import(VietnamClock.class)
@TestPropertySource(properties = "pdv.aggregator.quiet-after=P14D")
class CompletenessTest {

    @LocalServerPort
    int port;

    @Autowired
    SettableClock clock;

    @Test
    void showsCommitteesThatWentQuietAndRegisteredCommitteesThatNeverSentAnything() {
        JsonApi api = new JsonApi(port).as(AggregatorTest.PROVINCE_ADMIN);
        try (UnitLog bloc = new UnitLog(); UnitLog committee = new UnitLog()) {
            String silent = bloc.unit("SILENT");
            // The bloc registers itself and two grassroots committees; one of those then reports, the other never does.
            bloc.send(bloc.registered(bloc.next(), bloc.committee(), null),
                    bloc.registered(bloc.next(), committee.committee(), bloc.committee(), UnitKind.GRASSROOTS_COMMITTEE),
                    bloc.registered(bloc.next(), silent, bloc.committee(), UnitKind.GRASSROOTS_COMMITTEE),
                    bloc.registered(bloc.next(), bloc.unit("BRANCH"), bloc.committee(), UnitKind.SUBORDINATE_BRANCH));
            committee.send(committee.registered(committee.next(), committee.committee(), bloc.committee()),
                    committee.source(committee.next(), committee.committee(), LocalDate.of(2024, 5, 19)));

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(activities(api, "/api/logs/" + bloc.committee())).containsExactlyInAnyOrderEntriesOf(Map.of(
                            bloc.committee(), "ACTIVE", committee.committee(), "ACTIVE", silent, "NEVER_SENT")));
            assertThat(activities(api, "/api/logs")).containsEntry(silent, "NEVER_SENT")
                    .doesNotContainKey(bloc.unit("BRANCH"));

            // Fifteen days on, nothing more has come from the committee.
            clock.moveTo(Instant.now().plus(Duration.ofDays(15)));
            assertThat(activities(api, "/api/logs/" + committee.committee()))
                    .containsExactlyEntriesOf(Map.of(committee.committee(), "QUIET"));

            clock.moveTo(Instant.now().plus(Duration.ofDays(13)));
            assertThat(activities(api, "/api/logs/" + committee.committee()))
                    .containsExactlyEntriesOf(Map.of(committee.committee(), "ACTIVE"));
        } finally {
            clock.moveTo(Instant.now());
        }
    }

    @Test
    void aCodeThatIsNeitherUnitNorLogIs404WithAProblemDetail() {
        var answer = new JsonApi(port).as(AggregatorTest.PROVINCE_ADMIN).get("/api/logs/NOPE-NOTHING");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.<String>read("$.field")).isEqualTo("unit");
        assertThat(answer.<String>read("$.detailEn")).contains("NOPE-NOTHING");
    }

    private static Map<String, String> activities(JsonApi api, String path) {
        List<Map<String, Object>> statuses = api.get(path).read("$[*]");
        return statuses.stream().collect(Collectors.toMap(status -> (String) status.get("log"),
                status -> (String) status.get("activity")));
    }
}
