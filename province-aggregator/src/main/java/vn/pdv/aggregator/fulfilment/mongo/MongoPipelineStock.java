package vn.pdv.aggregator.fulfilment.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import vn.pdv.aggregator.fulfilment.Move;
import vn.pdv.aggregator.fulfilment.PipelineStock;
import vn.pdv.aggregator.fulfilment.Stage;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.mongo.OncePerOrigin;
import vn.pdv.aggregator.mongo.OncePerOrigin.Guard;

/**
 * The stock in {@code candidate_stages}: one document per candidate with its unit and furthest stage, moved only
 * forward (an exit is the last stage) and once per origin by {@link OncePerOrigin#applyAll}. A batch's moves of one
 * candidate become one write.
 */
@Repository
class MongoPipelineStock implements PipelineStock {

    private static final String COLLECTION = "candidate_stages";

    private final MongoTemplate mongo;

    MongoPipelineStock(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(COLLECTION).createIndex(new Index().on("unit", Sort.Direction.ASC).named("unit"));
        OncePerOrigin.indexGuards(mongo, COLLECTION);
    }

    @Override
    public void move(List<Move> moves) {
        Map<String, List<Move>> byCandidate = new LinkedHashMap<>();
        for (Move move : moves) {
            byCandidate.computeIfAbsent(move.candidateId(), candidate -> new ArrayList<>()).add(move);
        }
        OncePerOrigin.applyAll(mongo, COLLECTION, byCandidate,
                move -> new Guard(move.origin().log().value(), move.origin().sequence()), (current, fresh) -> {
            Move furthest = fresh.stream().max(Comparator.comparingInt(move -> move.stage().ordinal())).orElseThrow();
            int reached = current == null ? -1 : current.getInteger("order");
            if (furthest.stage().ordinal() <= reached) {
                // Behind where the candidate stands: only the guard moves, so that the document reads the same
                // whichever batches the events came in (a replay compares equal field by field).
                return new Update();
            }
            return new Update().set("unit", furthest.unit().value()).set("stage", furthest.stage().name())
                    .set("order", furthest.stage().ordinal());
        });
    }

    @Override
    public Map<Stage, Long> of(Set<UnitCode> units) {
        Map<Stage, Long> stock = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            stock.put(stage, 0L);
        }
        Aggregation count = Aggregation.newAggregation(
                Aggregation.match(where("unit").in(units.stream().map(UnitCode::value).toList())),
                Aggregation.group("stage").count().as("count"));
        for (Document row : mongo.aggregate(count, COLLECTION, Document.class)) {
            stock.put(Stage.valueOf(row.getString("_id")), ((Number) row.get("count")).longValue());
        }
        return stock;
    }

    @Override
    public Map<UnitCode, Long> beforeAdmissionByUnit() {
        Aggregation count = Aggregation.newAggregation(
                Aggregation.match(where("stage").in(Stage.BEFORE_ADMISSION.stream().map(Stage::name).toList())),
                Aggregation.group("unit").count().as("count"));
        Map<UnitCode, Long> byUnit = new LinkedHashMap<>();
        for (Document row : mongo.aggregate(count, COLLECTION, Document.class)) {
            byUnit.put(new UnitCode(row.getString("_id")), ((Number) row.get("count")).longValue());
        }
        return byUnit;
    }
}
