package vn.pdv.aggregator.fulfilment.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import vn.pdv.aggregator.Origin;
import vn.pdv.aggregator.fulfilment.PipelineStock;
import vn.pdv.aggregator.fulfilment.Stage;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.mongo.OncePerOrigin;

/**
 * The stock in {@code candidate_stages}: one document per candidate with its unit and furthest stage, moved by
 * {@link OncePerOrigin} and only forward (an exit is the last stage).
 */
@Repository
class MongoPipelineStock implements PipelineStock {

    private static final String COLLECTION = "candidate_stages";

    private final MongoTemplate mongo;

    MongoPipelineStock(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(COLLECTION).createIndex(new Index().on("unit", Sort.Direction.ASC).named("unit"));
    }

    @Override
    public boolean move(Origin origin, String candidateId, UnitCode unit, Stage stage) {
        Update update = new Update().set("unit", unit.value()).set("stage", stage.name()).set("order", stage.ordinal());
        return OncePerOrigin.upsert(mongo, COLLECTION, candidateId, origin, update,
                where("order").lt(stage.ordinal()));
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
}
