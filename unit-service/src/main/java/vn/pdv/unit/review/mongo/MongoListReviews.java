package vn.pdv.unit.review.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import vn.pdv.unit.organisation.Reach;
import vn.pdv.unit.organisation.UnitCode;
import vn.pdv.unit.review.ListReviews;
import vn.pdv.unit.review.Quarter;
import vn.pdv.unit.review.SympathiserListReviewed;

/**
 * The {@code sympathiser_list_reviews} collection, one document per branch and quarter, its {@code _id}
 * {@code DUK-01-KN:2026-Q3}: a second review of the same quarter can only replace, never add.
 */
@Repository
class MongoListReviews implements ListReviews {

    private static final String COLLECTION = "sympathiser_list_reviews";

    private final MongoTemplate mongo;

    MongoListReviews(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<SympathiserListReviewed> find(UnitCode branch, Quarter quarter) {
        return Optional.ofNullable(mongo.findById(id(branch, quarter), ReviewDocument.class, COLLECTION))
                .map(ReviewDocument::review);
    }

    @Override
    public void save(SympathiserListReviewed review) {
        mongo.save(new ReviewDocument(id(review.branch(), review.quarter()), review.branch().value(), review), COLLECTION);
    }

    @Override
    public List<SympathiserListReviewed> inReach(Reach reach) {
        Query query = reach instanceof Reach.OneBranch(UnitCode branch)
                ? Query.query(where("branch").is(branch.value())) : new Query();
        return mongo.find(query, ReviewDocument.class, COLLECTION).stream().map(ReviewDocument::review)
                .sorted(Comparator.comparing(SympathiserListReviewed::quarter).reversed()
                        .thenComparing(review -> review.branch().value()))
                .toList();
    }

    private static String id(UnitCode branch, Quarter quarter) {
        return branch.value() + ":" + quarter;
    }

    record ReviewDocument(@Id String id, String branch, SympathiserListReviewed review) {
    }
}
