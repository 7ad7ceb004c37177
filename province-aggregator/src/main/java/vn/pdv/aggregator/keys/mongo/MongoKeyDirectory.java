package vn.pdv.aggregator.keys.mongo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.keys.CommitteeKey;
import vn.pdv.aggregator.keys.KeyDirectory;
import vn.pdv.aggregator.keys.KeyId;
import vn.pdv.schemas.signing.Ed25519Keys;

/**
 * Keys in {@code committee-keys}, one document per key id ({@code _id}), the public key as its X.509 encoding in
 * base64. Registration is an insert (a taken id fails on the primary key) and revocation a compare-and-set on a
 * missing {@code revokedAt}, so neither needs a transaction and the first revocation stands.
 */
@Repository
class MongoKeyDirectory implements KeyDirectory {

    private static final String COLLECTION = "committee-keys";

    private final MongoTemplate mongo;

    MongoKeyDirectory(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<CommitteeKey> find(KeyId id) {
        return Optional.ofNullable(mongo.findById(id.value(), KeyDocument.class, COLLECTION))
                .map(KeyDocument::toKey);
    }

    @Override
    public boolean register(CommitteeKey key) {
        try {
            mongo.insert(KeyDocument.of(key), COLLECTION);
            return true;
        } catch (DuplicateKeyException taken) {
            return false;
        }
    }

    @Override
    public Optional<CommitteeKey> revoke(KeyId id, Instant at, String reason) {
        mongo.findAndModify(Query.query(Criteria.where("_id").is(id.value()).and("revokedAt").isNull()),
                new Update().set("revokedAt", at).set("revocationReason", reason),
                FindAndModifyOptions.options().returnNew(true), KeyDocument.class, COLLECTION);
        return find(id);
    }

    @Override
    public Optional<CommitteeKey> endValidity(KeyId id, LocalDate lastDay) {
        // One conditional update: two administrators ending the same key leave the earlier day.
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id.value()).orOperator(
                        Criteria.where("validUntil").isNull(), Criteria.where("validUntil").gt(lastDay))),
                new Update().set("validUntil", lastDay), COLLECTION);
        return find(id);
    }

    @Override
    public List<CommitteeKey> all() {
        return mongo.find(new Query().with(Sort.by("committee", "validFrom", "_id")), KeyDocument.class, COLLECTION)
                .stream().map(KeyDocument::toKey).toList();
    }

    record KeyDocument(@Id String id, String committee, String publicKey, LocalDate validFrom, LocalDate validUntil,
                       Instant revokedAt, String revocationReason) {

        static KeyDocument of(CommitteeKey key) {
            return new KeyDocument(key.id().value(), key.committee().value(),
                    Base64.getEncoder().encodeToString(key.publicKey().getEncoded()), key.validFrom(),
                    key.validUntil(), key.revokedAt(), key.revocationReason());
        }

        CommitteeKey toKey() {
            return new CommitteeKey(new KeyId(id), new UnitCode(committee),
                    Ed25519Keys.publicKey(Base64.getDecoder().decode(publicKey)), validFrom, validUntil, revokedAt,
                    revocationReason);
        }
    }
}
