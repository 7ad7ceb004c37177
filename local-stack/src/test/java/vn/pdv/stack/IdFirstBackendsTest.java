package vn.pdv.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import de.bwaldvogel.mongo.bson.BsonRegularExpression;
import de.bwaldvogel.mongo.bson.Document;
import org.junit.jupiter.api.Test;

class IdFirstBackendsTest {

    @Test
    void findsByIdOnlyAFilterNamingItByPlainEquality() {
        assertThat(IdFirstBackends.plainId(new Document("_id", "DUK").append("log", "T01").append("sequence", 5L)))
                .isEqualTo("DUK");
        assertThat(IdFirstBackends.plainId(new Document("_id", 42).append("version", 3))).isEqualTo(42);

        assertThat(IdFirstBackends.plainId(new Document("log", "T01"))).isNull();
        assertThat(IdFirstBackends.plainId(new Document("_id", new Document("$in", List.of("A", "B"))))).isNull();
        assertThat(IdFirstBackends.plainId(new Document("_id", new Document("unit", "DUK").append("year", 2025)))).isNull();
        assertThat(IdFirstBackends.plainId(new Document("_id", List.of("A", "B")))).isNull();
        assertThat(IdFirstBackends.plainId(new Document("_id", new BsonRegularExpression("^DU", "")))).isNull();
        assertThat(IdFirstBackends.plainId(new Document("_id", null))).isNull();
    }
}
