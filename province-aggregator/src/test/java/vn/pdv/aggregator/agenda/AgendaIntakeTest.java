package vn.pdv.aggregator.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.pdv.aggregator.AggregatorTest;
import vn.pdv.aggregator.UnitLog;
import vn.pdv.common.workingdays.WorkingDayCalendar;
import vn.pdv.events.AdmissionDecided;
import vn.pdv.events.AdmissionVoted;
import vn.pdv.events.EventMetadata;
import vn.pdv.events.UnitKind;
import vn.pdv.stack.JsonApi;

/**
 * A bloc committee's agenda from its log, through the real broker and registry: a proposal puts the candidate on it,
 * the decision takes them off, a void of the decision puts them back, a corrected vote day moves the deadline, a
 * recognition vote puts a probationer on it; a branch's vote alone does not. Redelivered, nothing changes.
 */
@AggregatorTest
class AgendaIntakeTest {

    private static final LocalDate ON = LocalDate.of(2026, 4, 6);
    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.vietnam();

    @LocalServerPort
    int port;

    @Test
    void keepsTheProposalsAwaitingTheCommitteeThroughDecisionsVoidsCorrectionsAndRedelivery() {
        JsonApi api = new JsonApi(port).as(AggregatorTest.PROVINCE_ADMIN);
        try (UnitLog log = new UnitLog()) {
            AgendaEvents events = new AgendaEvents(log);
            String bloc = log.committee();
            String branch = log.unit("A");
            List<SpecificRecord> registrations = List.of(log.registered(log.next(), bloc, null, UnitKind.BLOC_COMMITTEE),
                    log.registered(log.next(), branch, bloc));
            // Built in log order: each takes the log's next sequence.
            List<SpecificRecord> first = new ArrayList<>();
            first.add(events.voted("late", branch, LocalDate.of(2026, 1, 5)));
            first.add(events.proposed("late", branch, LocalDate.of(2026, 1, 20)));
            first.add(events.voted("decided", branch, LocalDate.of(2026, 2, 2)));
            first.add(events.proposed("decided", branch, LocalDate.of(2026, 2, 3)));
            AdmissionDecided decision = events.decided("decided", branch, LocalDate.of(2026, 2, 10));
            first.add(decision);
            AdmissionVoted correctedVote = events.voted("corrected", branch, LocalDate.of(2026, 1, 5));
            first.add(correctedVote);
            first.add(events.proposed("corrected", branch, LocalDate.of(2026, 1, 21)));
            first.add(events.recognitionVoted("probationer", branch, LocalDate.of(2026, 3, 2)));
            first.add(events.voted("not-proposed-yet", branch, LocalDate.of(2026, 3, 3)));
            send(log, registrations);
            send(log, first);
            awaitApplied(api, log, first.getLast());

            var before = api.get("/api/agenda/" + bloc + "?on=" + ON);
            assertThat(before.status()).as(before.body()).isEqualTo(200);
            assertThat(before.<List<String>>read("$.items[*].candidateId"))
                    .as("overdue first; the decided and the merely voted are not on it")
                    .containsExactly("late", "corrected", "probationer");
            assertThat(before.<Integer>read("$.overdue")).isEqualTo(2);
            assertThat(before.<Map<String, Object>>read("$.items[0]")).containsEntry("matter", "ADMISSION")
                    .containsEntry("branch", branch).containsEntry("reachedOn", "2026-01-20")
                    .containsEntry("dueBy", "2026-04-03").containsEntry("overdue", true)
                    .containsEntry("daysOverdue", 3).containsEntry("workingDaysOverdue", 1);
            assertThat(before.<Map<String, Object>>read("$.items[2]")).containsEntry("matter", "RECOGNITION")
                    .containsEntry("reachedOn", "2026-03-02")
                    .containsEntry("dueBy", CALENDAR.addWorkingDays(LocalDate.of(2026, 3, 2), 30).toString())
                    .containsEntry("overdue", false);

            List<SpecificRecord> second = List.of(events.decisionVoided(decision),
                    events.voteCorrected(correctedVote, LocalDate.of(2026, 2, 9)));
            send(log, second);
            awaitApplied(api, log, second.getLast());

            var after = api.get("/api/agenda/" + bloc + "?on=" + ON);
            assertThat(after.<List<String>>read("$.items[*].candidateId"))
                    .containsExactly("late", "probationer", "decided", "corrected");
            assertThat(after.<Integer>read("$.overdue")).as("the corrected vote day moved its deadline").isEqualTo(1);
            assertThat(after.<String>read("$.items[2].dueBy"))
                    .isEqualTo(CALENDAR.addWorkingDays(LocalDate.of(2026, 2, 2), 60).toString());
            assertThat(after.<String>read("$.items[3].dueBy"))
                    .isEqualTo(CALENDAR.addWorkingDays(LocalDate.of(2026, 2, 9), 60).toString());

            // The relay re-sends everything after a crash, then goes on with a vote that puts nobody on the agenda.
            send(log, registrations);
            send(log, first);
            send(log, second);
            AdmissionVoted another = events.voted("another", branch, LocalDate.of(2026, 3, 4));
            log.send(another);
            awaitApplied(api, log, another);

            assertThat(api.get("/api/agenda/" + bloc + "?on=" + ON).body()).isEqualTo(after.body());
        }
    }

    private static void send(UnitLog log, List<? extends SpecificRecord> events) {
        log.send(events.toArray(SpecificRecord[]::new));
    }

    /** Until the aggregator applied the log up to {@code last}. */
    private static void awaitApplied(JsonApi api, UnitLog log, SpecificRecord event) {
        long last = ((EventMetadata) event.get(event.getSchema().getField("metadata").pos())).getSequence();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(UnitLog.appliedUpTo(api, log.committee())).isEqualTo(last));
    }
}
