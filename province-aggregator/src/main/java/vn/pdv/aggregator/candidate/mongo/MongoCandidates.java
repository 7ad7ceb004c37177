package vn.pdv.aggregator.candidate.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import vn.pdv.aggregator.agenda.Awaiting;
import vn.pdv.aggregator.agenda.AwaitingDecisions;
import vn.pdv.aggregator.candidate.Candidates;
import vn.pdv.aggregator.candidate.Move;
import vn.pdv.aggregator.fulfilment.PipelineStock;
import vn.pdv.aggregator.fulfilment.Stage;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.mongo.GuardedMirror;
import vn.pdv.aggregator.mongo.OncePerOrigin;
import vn.pdv.aggregator.mongo.OncePerOrigin.Guard;

/**
 * {@code candidate_stages}: one document per candidate with their branch ({@code unit}), their furthest stage (moved
 * only forward, an exit being the last stage, except exactly by a void or correction) and the days of the steps the
 * agenda reads (the branch's admission vote, the proposal, the branch's recognition vote), in log order, and once per
 * origin by {@link OncePerOrigin#applyAll}. A batch's moves of one candidate become one write. A corrected step's day
 * replaces the day; a voided step's stays in the document but no longer counts, as the candidate stands before it.
 *
 * <p>A candidate transferred between committees (issue 13) is named by both logs under one id, and the two logs
 * arrive in no particular order between them. Once a log's {@link Move#arrival() arrival} has taken the candidate in,
 * exactly at its stage and unit, the document keeps that log in {@code holder}, and moves from any other log change
 * nothing (the sender's exit "moved to another unit", its backlog arriving late, the days of its steps), so the person
 * stands once, at the receiving branch, whichever log came first. An arrival from the log already holding the
 * candidate (redelivered after later steps) moves them only forward, like a step. Before any arrival every log moves
 * the candidate as before (a committee's units reorganised into another's log carry their candidates on without one).
 *
 * <p>Reads are answered from one {@link GuardedMirror} of the collection feeding two indexes: {@link StockIndex}
 * (counts per unit and stage) for the pipeline stock, {@link AgendaIndex} (only the candidates awaiting a decision) for
 * the agenda; neither is an aggregation over every candidate ever seen.
 */
@Repository
class MongoCandidates implements Candidates, PipelineStock, AwaitingDecisions {

    private static final String COLLECTION = "candidate_stages";
    static final String VOTED_ON = "votedOn";
    static final String PROPOSED_ON = "proposedOn";
    static final String RECOGNITION_VOTED_ON = "recognitionVotedOn";
    /** The steps whose day the agenda reads, by the field they are kept in. */
    private static final Map<Stage, String> DATED = Map.of(Stage.BRANCH_VOTED, VOTED_ON, Stage.PROPOSED, PROPOSED_ON,
            Stage.RECOGNITION_VOTED, RECOGNITION_VOTED_ON);
    /**
     * Where the agenda kept its own copy of every candidate until the two were made one document (their stage, unit
     * and guard were the same: every event moved both). A database from before then has the days there.
     */
    static final String FORMER_AGENDA = "agenda_candidates";

    private final StockIndex stock = new StockIndex();
    private final AgendaIndex agenda = new AgendaIndex();
    private final GuardedMirror mirror;

    MongoCandidates(MongoTemplate mongo) {
        takeInTheFormerAgenda(mongo);
        this.mirror = new GuardedMirror(mongo, COLLECTION, new GuardedMirror.Index() {
            @Override
            public void clear() {
                stock.clear();
                agenda.clear();
            }

            @Override
            public void put(Document document) {
                stock.put(document);
                agenda.put(document);
            }
        });
    }

    /** Fills the cache at start-up rather than on the first reader's time. */
    @EventListener(ApplicationReadyEvent.class)
    void warm() {
        mirror.warm();
    }

    @Override
    public void move(List<Move> moves) {
        Map<String, List<Move>> byCandidate = new LinkedHashMap<>();
        for (Move move : moves) {
            byCandidate.computeIfAbsent(move.candidateId(), candidate -> new ArrayList<>()).add(move);
        }
        mirror.applyAll(byCandidate,
                move -> new Guard(move.origin().log().value(), move.origin().sequence()), (current, fresh) -> {
            int order = current == null ? -1 : current.getInteger("order");
            String holder = current == null ? null : current.getString("holder");
            Update update = new Update();
            Move standing = null;
            for (Move move : fresh) {
                String log = move.origin().log().value();
                boolean takenIn = move.arrival() && !log.equals(holder);
                if (holder != null && !log.equals(holder) && !takenIn) {
                    continue;
                }
                if (takenIn) {
                    holder = log;
                }
                if (takenIn || (move.exact() && !move.arrival()) || move.stage().ordinal() > order) {
                    standing = move;
                    order = move.stage().ordinal();
                }
                String dayField = move.dated() == null ? null : DATED.get(move.dated());
                if (dayField != null) {
                    update.set(dayField, move.on().toString());
                }
            }
            // Behind where the candidate stands, nothing but the guard moves, so that the document reads the same
            // whichever batches the events came in (a replay compares equal field by field).
            if (standing != null) {
                update.set("unit", standing.unit().value()).set("stage", standing.stage().name())
                        .set("order", standing.stage().ordinal());
                if (holder != null) {
                    update.set("holder", holder);
                }
            }
            return update;
        });
    }

    @Override
    public Map<Stage, Long> of(Set<UnitCode> units) {
        return mirror.read(() -> stock.of(units));
    }

    @Override
    public Map<UnitCode, Long> beforeAdmissionByUnit() {
        return mirror.read(stock::beforeAdmissionByUnit);
    }

    @Override
    public List<Awaiting> all() {
        return mirror.read(agenda::all);
    }

    /**
     * Sets the days the former agenda collection kept where this collection has none (an event applied since may have
     * set one, and is newer), then drops it. Run before intake starts; idempotent, so two instances starting at once
     * both may run it. Instances of the version before must be stopped first: one would write the old collection again.
     */
    private static void takeInTheFormerAgenda(MongoTemplate mongo) {
        if (!mongo.collectionExists(FORMER_AGENDA)) {
            return;
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, COLLECTION);
        int days = 0;
        for (Document former : mongo.getCollection(FORMER_AGENDA).find()) {
            for (String field : DATED.values()) {
                Object day = former.get(field);
                if (day != null) {
                    bulk.updateOne(Query.query(where("_id").is(former.get("_id")).and(field).exists(false)),
                            new Update().set(field, day));
                    days++;
                }
            }
        }
        if (days > 0) {
            bulk.execute();
        }
        mongo.dropCollection(FORMER_AGENDA);
    }
}
