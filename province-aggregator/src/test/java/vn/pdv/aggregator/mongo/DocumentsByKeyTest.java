package vn.pdv.aggregator.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import org.bson.Document;
import org.junit.jupiter.api.Test;

class DocumentsByKeyTest {

    /** A document as read: its unit and what it holds, the unit's string one instance among equal ones. */
    private record Read(String unit, int total) {
    }

    private final DocumentsByKey<Read, String> documents = new DocumentsByKey<>((document, shared) ->
            new Read(shared.of(new String(document.getString("unit"))), document.getInteger("total")),
            Read::unit);

    @Test
    void findsADocumentByIdAndThoseOfAKeyInTheOrderFirstRead() {
        put("q2", "CB-01", 2);
        put("q1", "CB-01", 1);
        put("q3", "CB-02", 3);

        assertThat(documents.get("q1")).isEqualTo(new Read("CB-01", 1));
        assertThat(documents.get("q9")).isNull();
        assertThat(documents.with("CB-01")).extracting(Read::total).containsExactly(2, 1);
        assertThat(documents.with("CB-99")).isEmpty();
        assertThat(documents.all()).extracting(Read::total).containsExactly(2, 1, 3);
    }

    @Test
    void aDocumentReadAgainReplacesItselfKeepingItsPlace() {
        put("q1", "CB-01", 1);
        put("q2", "CB-01", 2);

        put("q1", "CB-01", 10);

        assertThat(documents.with("CB-01")).extracting(Read::total).containsExactly(10, 2);
    }

    @Test
    void aDocumentWhoseKeyChangedIsFoundUnderTheNewKeyOnly() {
        put("q1", "CB-01", 1);

        put("q1", "CB-02", 1);

        assertThat(documents.with("CB-01")).isEmpty();
        assertThat(documents.with("CB-02")).extracting(Read::total).containsExactly(1);
    }

    @Test
    void documentsRepeatingAValueShareOneInstanceOfIt() {
        put("q1", "CB-01", 1);
        put("q2", "CB-01", 2);

        assertThat(documents.get("q1").unit()).isSameAs(documents.get("q2").unit());
    }

    @Test
    void clearingForgetsEveryDocument() {
        put("q1", "CB-01", 1);

        documents.clear();

        assertThat(documents.all()).isEmpty();
        assertThat(documents.with("CB-01")).isEmpty();
    }

    private void put(String id, String unit, int total) {
        documents.put(new Document("_id", id).append("unit", unit).append("total", total));
    }
}
