package vn.pdv.aggregator.quota.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.quota.MembershipCounts;
import vn.pdv.aggregator.quota.Memberships;

/** Membership counts in {@code memberships}, one document per unit and year ({@code unit|2024}). */
@Repository
class MongoMemberships implements Memberships {

    private static final String COLLECTION = "memberships";

    private final MongoTemplate mongo;

    MongoMemberships(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void state(UnitCode unit, int year, int members) {
        mongo.upsert(Query.query(where("_id").is(id(unit, year))), new Update().set("members", members), COLLECTION);
    }

    @Override
    public OptionalInt of(UnitCode unit, int year) {
        return Optional.ofNullable(mongo.findById(id(unit, year), MembershipDocument.class, COLLECTION))
                .map(document -> OptionalInt.of(document.members())).orElse(OptionalInt.empty());
    }

    @Override
    public MembershipCounts all() {
        Map<UnitCode, Map<Integer, Integer>> byUnit = new HashMap<>();
        for (MembershipDocument document : mongo.findAll(MembershipDocument.class, COLLECTION)) {
            int bar = document.id().lastIndexOf('|');
            byUnit.computeIfAbsent(new UnitCode(document.id().substring(0, bar)), unit -> new HashMap<>())
                    .put(Integer.parseInt(document.id().substring(bar + 1)), document.members());
        }
        return new MembershipCounts(byUnit);
    }

    private static String id(UnitCode unit, int year) {
        return unit.value() + "|" + year;
    }

    record MembershipDocument(@Id String id, int members) {
    }
}
