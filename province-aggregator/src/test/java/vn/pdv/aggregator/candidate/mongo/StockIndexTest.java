package vn.pdv.aggregator.candidate.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import vn.pdv.aggregator.fulfilment.Stage;
import vn.pdv.aggregator.hierarchy.UnitCode;

class StockIndexTest {

    private static final UnitCode BRANCH = new UnitCode("CB-01");
    private static final UnitCode OTHER = new UnitCode("CB-02");

    private final StockIndex stock = new StockIndex();

    @Test
    void aCandidateMovedToAnotherStageAndBranchIsCountedOnceWhereTheyNowStand() {
        String candidate = UUID.randomUUID().toString();
        put(candidate, BRANCH, Stage.SOURCE);
        put("legacy-7", BRANCH, Stage.SOURCE);

        put(candidate, OTHER, Stage.SYMPATHISER);

        assertThat(stock.of(Set.of(BRANCH))).containsEntry(Stage.SOURCE, 1L).containsEntry(Stage.SYMPATHISER, 0L);
        assertThat(stock.of(Set.of(OTHER))).containsEntry(Stage.SYMPATHISER, 1L).containsEntry(Stage.SOURCE, 0L);
        assertThat(stock.of(Set.of(BRANCH, OTHER)).values().stream().mapToLong(Long::longValue).sum()).isEqualTo(2);
        assertThat(stock.beforeAdmissionByUnit()).isEqualTo(Map.of(BRANCH, 1L, OTHER, 1L));
    }

    @Test
    void idsThatWriteTheSameUuidDifferentlyAreDifferentCandidates() {
        String lower = "0b0e8a5c-3f0d-4c53-9f0e-6b4b1f1e2d3c";
        put(lower, BRANCH, Stage.SOURCE);
        put(lower.toUpperCase(), BRANCH, Stage.SOURCE);
        put(lower, BRANCH, Stage.CERTIFIED);

        assertThat(stock.of(Set.of(BRANCH))).containsEntry(Stage.SOURCE, 1L).containsEntry(Stage.CERTIFIED, 1L);
    }

    @Test
    void keysAnIdByTheUuidItIsAndAnyOtherByItsText() {
        String id = "0b0e8a5c-3f0d-4c53-9f0e-6b4b1f1e2d3c";

        assertThat(StockIndex.keyOf(id)).isEqualTo(UUID.fromString(id));
        assertThat(StockIndex.keyOf(id.toUpperCase())).isEqualTo(id.toUpperCase());
        assertThat(StockIndex.keyOf("legacy-7")).isEqualTo("legacy-7");
        String notHex = "0b0e8a5c-3f0d-4c53-9f0e-6b4b1f1e2d3x";
        assertThat(StockIndex.keyOf(notHex)).isEqualTo(notHex);
    }

    @Test
    void aDocumentWithoutAUnitOrStageIsLeftOut() {
        stock.put(new Document("_id", "c1").append("stage", Stage.SOURCE.name()));

        assertThat(stock.beforeAdmissionByUnit()).isEmpty();
    }

    private void put(String candidate, UnitCode unit, Stage stage) {
        stock.put(new Document("_id", candidate).append("unit", unit.value()).append("stage", stage.name()));
    }
}
