package vn.pdv.aggregator.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import vn.pdv.aggregator.Origin;

/**
 * How every effect of an event is applied at most once, without transactions: one conditional upsert
 * that matches unless the event's log already wrote the document at this sequence or later. When it does
 * not match, the upsert's insert collides on {@code _id} and nothing changes. Events of one log arrive in
 * order (one Kafka partition), which is what makes "lower" mean "not yet applied". The document remembers
 * the writer in {@code log} and {@code sequence}.
 */
public final class OncePerOrigin {

    private OncePerOrigin() {
    }

    /** @return false when this origin had already been applied to the document */
    public static boolean upsert(MongoTemplate mongo, String collection, String id, Origin origin, Update update) {
        return upsert(mongo, notYetApplied(id, origin), collection, origin, update);
    }

    /**
     * Like {@link #upsert(MongoTemplate, String, String, Origin, Update)}, applied to an existing document only where
     * it also meets {@code condition} (on a field other than the guard's); a new document is always written.
     *
     * @return false when this origin had already been applied or the condition did not hold
     */
    public static boolean upsert(MongoTemplate mongo, String collection, String id, Origin origin, Update update,
                                 Criteria condition) {
        return upsert(mongo, notYetApplied(id, origin).addCriteria(condition), collection, origin, update);
    }

    /** Top-level fields only: mongo-java-server, like MongoDB, then finds the document by {@code _id} alone. */
    private static Query notYetApplied(String id, Origin origin) {
        return Query.query(where("_id").is(id).orOperator(
                where("log").ne(origin.log().value()),
                where("sequence").lt(origin.sequence())));
    }

    private static boolean upsert(MongoTemplate mongo, Query notYetApplied, String collection, Origin origin,
                                  Update update) {
        update.set("log", origin.log().value()).set("sequence", origin.sequence());
        try {
            mongo.upsert(notYetApplied, update, collection);
            return true;
        } catch (DuplicateKeyException alreadyApplied) {
            return false;
        }
    }
}
