package vn.pdv.aggregator.alert.mongo;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import vn.pdv.aggregator.alert.Acknowledgement;
import vn.pdv.aggregator.alert.Acknowledgements;
import vn.pdv.aggregator.alert.AlertId;
import vn.pdv.aggregator.hierarchy.UnitCode;

/**
 * Acknowledgements in {@code alert-acknowledgements}, one document per alert and unit under an id made of both, so
 * that a second acknowledgement (a double click, two secretaries at once) fails on the id and the first stands.
 */
@Repository
class MongoAcknowledgements implements Acknowledgements {

    private static final String COLLECTION = "alert-acknowledgements";

    private final MongoTemplate mongo;

    MongoAcknowledgements(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public boolean add(Acknowledgement acknowledgement) {
        try {
            mongo.insert(new AcknowledgementDocument(id(acknowledgement.alert(), acknowledgement.unit()),
                    acknowledgement.alert().value(), acknowledgement.unit().value(), acknowledgement.by(),
                    acknowledgement.at()), COLLECTION);
            return true;
        } catch (DuplicateKeyException acknowledgedAlready) {
            return false;
        }
    }

    @Override
    public Map<AlertId, Acknowledgement> of(UnitCode unit, Collection<AlertId> alerts) {
        if (alerts.isEmpty()) {
            return Map.of();
        }
        Query query = Query.query(Criteria.where("_id").in(alerts.stream().map(alert -> id(alert, unit)).toList()));
        return mongo.find(query, AcknowledgementDocument.class, COLLECTION).stream()
                .map(AcknowledgementDocument::toAcknowledgement)
                .collect(Collectors.toMap(Acknowledgement::alert, Function.identity()));
    }

    private static String id(AlertId alert, UnitCode unit) {
        return unit.value() + "|" + alert.value();
    }

    record AcknowledgementDocument(@Id String id, String alert, String unit, String by, Instant at) {

        Acknowledgement toAcknowledgement() {
            return new Acknowledgement(new AlertId(alert), new UnitCode(unit), by, at);
        }
    }
}
