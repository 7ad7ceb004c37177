package vn.pdv.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import de.bwaldvogel.mongo.bson.BsonRegularExpression;
import de.bwaldvogel.mongo.bson.Document;
import org.junit.jupiter.api.Test;

class IdFirstBackendsTest {

    @Test
    void findsByIdAFilterNamingItByPlainEqualityOrAnInListOfPlainValues() {
        assertThat(IdFirstBackends.idCondition(new Document("_id", "DUK").append("log", "T01").append("sequence", 5L)))
                .isEqualTo(new Document("_id", "DUK"));
        assertThat(IdFirstBackends.idCondition(new Document("_id", 42).append("version", 3)))
                .isEqualTo(new Document("_id", 42));
        Document in = new Document("$in", List.of("A", "B"));
        assertThat(IdFirstBackends.idCondition(new Document("_id", in))).isEqualTo(new Document("_id", in));
    }

    @Test
    void leavesToTheServerAFilterNamingIdOtherwise() {
        assertThat(IdFirstBackends.idCondition(new Document("log", "T01"))).isNull();
        assertThat(IdFirstBackends.idCondition(new Document("_id", null))).isNull();
        assertThat(IdFirstBackends.idCondition(new Document("_id", new Document("$gt", "A")))).isNull();
        assertThat(IdFirstBackends.idCondition(new Document("_id", new Document("$in", List.of("A")).append("$ne", "B"))))
                .isNull();
        assertThat(IdFirstBackends.idCondition(new Document("_id",
                new Document("$in", List.of("A", new BsonRegularExpression("^DU", "")))))).isNull();
        assertThat(IdFirstBackends.idCondition(new Document("_id", new Document("$in", Arrays.asList("A", null))))).isNull();
        assertThat(IdFirstBackends.idCondition(new Document("_id", new Document("unit", "DUK").append("year", 2025))))
                .isNull();
        assertThat(IdFirstBackends.idCondition(new Document("_id", List.of("A", "B")))).isNull();
        assertThat(IdFirstBackends.idCondition(new Document("_id", new BsonRegularExpression("^DU", "")))).isNull();
    }
}
