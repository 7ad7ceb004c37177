package vn.pdv.aggregator.fulfilment.mongo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import vn.pdv.aggregator.fulfilment.Move;
import vn.pdv.aggregator.fulfilment.PipelineStock;
import vn.pdv.aggregator.fulfilment.Stage;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.mongo.GuardedMirror;
import vn.pdv.aggregator.mongo.OncePerOrigin;
import vn.pdv.aggregator.mongo.OncePerOrigin.Guard;

/**
 * The stock in {@code candidate_stages}: one document per candidate with its unit and furthest stage, moved only
 * forward (an exit is the last stage) except by an exact move (a void, a correction), in log order, and once per origin by {@link OncePerOrigin#applyAll}. A batch's moves of one
 * candidate become one write.
 *
 * <p>A candidate transferred between committees (issue 13) is named by both logs under one id, and the two logs
 * arrive in no particular order between them. Once a log's {@link Move#arrival() arrival} has taken the candidate in,
 * exactly at its stage and unit, the document keeps that log in {@code holder}, and moves from any other log change
 * nothing (the sender's exit "moved to another unit", its backlog arriving late), so the person stands once, at the
 * receiving branch, whichever log came first. An arrival from the log already holding the candidate (redelivered after
 * later steps) moves them only forward, like a step. Before any arrival every log moves the candidate as before (a
 * committee's units reorganised into another's log carry their candidates on without an arrival). Reads are answered from a {@link GuardedMirror} of the collection ({@link StockIndex}:
 * counts per unit and stage in memory), not by an aggregation over every candidate ever seen.
 */
@Repository
class MongoPipelineStock implements PipelineStock {

    private static final String COLLECTION = "candidate_stages";

    private final MongoTemplate mongo;
    private final StockIndex index = new StockIndex();
    private final GuardedMirror mirror;

    MongoPipelineStock(MongoTemplate mongo) {
        this.mongo = mongo;
        this.mirror = new GuardedMirror(mongo, COLLECTION, index);
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
            }
            if (standing == null) {
                // Behind where the candidate stands: only the guard moves, so that the document reads the same
                // whichever batches the events came in (a replay compares equal field by field).
                return new Update();
            }
            Update update = new Update().set("unit", standing.unit().value()).set("stage", standing.stage().name())
                    .set("order", standing.stage().ordinal());
            if (holder != null) {
                update.set("holder", holder);
            }
            return update;
        });
    }

    @Override
    public Map<Stage, Long> of(Set<UnitCode> units) {
        return mirror.read(() -> index.of(units));
    }

    @Override
    public Map<UnitCode, Long> beforeAdmissionByUnit() {
        return mirror.read(index::beforeAdmissionByUnit);
    }
}
