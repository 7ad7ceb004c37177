package vn.pdv.aggregator.hierarchy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.pdv.aggregator.Origin;

class HierarchyTest {

    private final InMemoryHierarchy hierarchy = new InMemoryHierarchy();

    @Test
    void subtreeHoldsTheUnitAndEverythingBeneathItAtAnyDepth() {
        hierarchy.add("DUK", null);
        hierarchy.add("DUK-01", "DUK");
        hierarchy.add("DUK-01-KN", "DUK-01");
        hierarchy.add("DUK-01-KN-T1", "DUK-01-KN");
        hierarchy.add("DUK-26", "DUK");

        assertThat(hierarchy.subtree(new UnitCode("DUK-01"))).extracting(UnitCode::value)
                .containsExactlyInAnyOrder("DUK-01", "DUK-01-KN", "DUK-01-KN-T1");
        assertThat(hierarchy.subtree(new UnitCode("DUK"))).hasSize(5);
    }

    @Test
    void subtreeOfAnUnknownUnitIsEmpty() {
        assertThat(hierarchy.subtree(new UnitCode("NOPE"))).isEmpty();
    }

    @Test
    void subtreeSurvivesACycleInBadData() {
        hierarchy.add("A", "B");
        hierarchy.add("B", "A");

        assertThat(hierarchy.subtree(new UnitCode("A"))).extracting(UnitCode::value).containsExactlyInAnyOrder("A", "B");
    }

    private static final class InMemoryHierarchy implements Hierarchy {

        private final Map<UnitCode, Unit> units = new LinkedHashMap<>();

        void add(String code, String parent) {
            register(null, new Unit(new UnitCode(code), code, "OTHER", parent == null ? null : new UnitCode(parent),
                    LocalDate.of(2024, 1, 1)));
        }

        @Override
        public void register(Origin origin, Unit unit) {
            units.put(unit.code(), unit);
        }

        @Override
        public Optional<Unit> find(UnitCode code) {
            return Optional.ofNullable(units.get(code));
        }

        @Override
        public Collection<Unit> all() {
            return units.values();
        }
    }
}
