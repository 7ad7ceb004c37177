package vn.pdv.aggregator.candidate.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.pdv.aggregator.agenda.Awaiting;
import vn.pdv.aggregator.agenda.Matter;
import vn.pdv.aggregator.candidate.Move;
import vn.pdv.aggregator.fulfilment.Stage;
import vn.pdv.aggregator.hierarchy.Origin;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.mongo.DatabaseOfItsOwn;
import vn.pdv.aggregator.mongo.RebalancedWriters;

/**
 * The candidates' one document each, against MongoDB: two writers on overlapping batches of one log (a zombie consumer
 * and the instance that took its partition over) move each candidate once; another instance answers the stock and the
 * agenda from the same documents as soon as intake has noted the batch; and a database from before the agenda's days
 * moved here has them taken in.
 */
class MongoCandidatesTest {

    private static final UnitCode LOG = new UnitCode("MC-" + UUID.randomUUID().toString().substring(0, 6));
    private static final UnitCode BRANCH = new UnitCode(LOG.value() + "-A");
    private static final LocalDate MARCH_3 = LocalDate.of(2025, 3, 3);
    private static final int EVENTS = 3_000;

    @RegisterExtension
    final DatabaseOfItsOwn database = new DatabaseOfItsOwn("candidates");

    @Test
    void twoWritersOnOverlappingBatchesOfOneLogMoveEachCandidateOnce() {
        MongoCandidates candidates = new MongoCandidates(database.mongo());
        List<Move> moves = new ArrayList<>();
        // Each candidate is proposed, then voted on, a stage behind (ignored, but its day is kept), then recognised.
        Stage[] path = {Stage.PROPOSED, Stage.BRANCH_VOTED, Stage.RECOGNITION_VOTED};
        for (int sequence = 1; sequence <= EVENTS; sequence++) {
            moves.add(Move.step(new Origin(LOG, sequence), "candidate-" + (sequence - 1) / 3, BRANCH,
                    path[(sequence - 1) % 3], MARCH_3.plusDays(sequence % 3)));
        }
        RebalancedWriters.play(EVENTS, (from, to) -> candidates.move(moves.subList(from, to)));

        Map<Stage, Long> expected = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            expected.put(stage, 0L);
        }
        expected.put(Stage.RECOGNITION_VOTED, (long) EVENTS / 3);
        assertThat(candidates.of(Set.of(BRANCH))).isEqualTo(expected);
        assertThat(candidates.all()).hasSize(EVENTS / 3).allSatisfy(awaiting -> {
            assertThat(awaiting.matter()).isEqualTo(Matter.RECOGNITION);
            assertThat(awaiting.reachedOn()).isEqualTo(MARCH_3);
        });
    }

    @Test
    void anotherInstanceAnswersTheStockAndTheAgendaOnceTheBatchIsNoted() {
        MongoCandidates reading = new MongoCandidates(database.mongo());
        MongoCandidates applying = new MongoCandidates(database.mongo());
        applying.move(List.of(Move.step(new Origin(LOG, 1), "c-1", BRANCH, Stage.SOURCE, MARCH_3),
                Move.step(new Origin(LOG, 2), "c-2", BRANCH, Stage.SOURCE, MARCH_3)));
        noted(2);
        assertThat(reading.of(Set.of(BRANCH))).containsEntry(Stage.SOURCE, 2L);
        assertThat(reading.all()).isEmpty();

        applying.move(List.of(Move.step(new Origin(LOG, 3), "c-1", BRANCH, Stage.BRANCH_VOTED, MARCH_3),
                Move.step(new Origin(LOG, 4), "c-1", BRANCH, Stage.PROPOSED, MARCH_3.plusDays(2))));
        noted(4);
        assertThat(reading.of(Set.of(BRANCH))).containsEntry(Stage.SOURCE, 1L).containsEntry(Stage.PROPOSED, 1L);
        assertThat(reading.beforeAdmissionByUnit()).isEqualTo(Map.of(BRANCH, 2L));
        assertThat(reading.of(Set.of(BRANCH))).isEqualTo(applying.of(Set.of(BRANCH)));
        assertThat(reading.all()).containsExactly(
                new Awaiting("c-1", BRANCH, Matter.ADMISSION, MARCH_3.plusDays(2), MARCH_3));

        // The proposal voided: the candidate stands back at the vote, no longer before the committee.
        applying.move(List.of(Move.voiding(new Origin(LOG, 5), "c-1", BRANCH, Stage.BRANCH_VOTED)));
        noted(5);
        assertThat(reading.all()).isEmpty();
        assertThat(reading.of(Set.of(BRANCH))).containsEntry(Stage.BRANCH_VOTED, 1L).containsEntry(Stage.PROPOSED, 0L);
    }

    @Test
    void theDaysTheFormerAgendaCollectionKeptAreTakenInWhereNoneIsSet() {
        var stages = database.mongo().getCollection("candidate_stages");
        var formerAgenda = database.mongo().getCollection(MongoCandidates.FORMER_AGENDA);
        for (String candidate : List.of("c-1", "c-2")) {
            stages.insertOne(new Document("_id", candidate).append("unit", BRANCH.value())
                    .append("stage", Stage.PROPOSED.name()).append("order", Stage.PROPOSED.ordinal())
                    .append("log", LOG.value()).append("sequence", 2L));
            formerAgenda.insertOne(new Document("_id", candidate).append("branch", BRANCH.value())
                    .append("stage", Stage.PROPOSED.name()).append("order", Stage.PROPOSED.ordinal())
                    .append("log", LOG.value()).append("sequence", 2L)
                    .append("votedOn", MARCH_3.toString()).append("proposedOn", MARCH_3.plusDays(1).toString()));
        }
        // A correction of c-2's proposal applied already by an instance of this version: its day is the newer one.
        stages.updateOne(new Document("_id", "c-2"), Updates.set("proposedOn", MARCH_3.plusDays(5).toString()));

        MongoCandidates candidates = new MongoCandidates(database.mongo());

        assertThat(candidates.all()).containsExactlyInAnyOrder(
                new Awaiting("c-1", BRANCH, Matter.ADMISSION, MARCH_3.plusDays(1), MARCH_3),
                new Awaiting("c-2", BRANCH, Matter.ADMISSION, MARCH_3.plusDays(5), MARCH_3));
        assertThat(database.mongo().collectionExists(MongoCandidates.FORMER_AGENDA)).isFalse();
    }

    /** What intake does after a batch's other writes: the log's progress, which readers catch up from. */
    private void noted(long sequence) {
        database.mongo().getCollection("logs").updateOne(new Document("_id", LOG.value()),
                Updates.set("sequence", sequence), new UpdateOptions().upsert(true));
    }
}
