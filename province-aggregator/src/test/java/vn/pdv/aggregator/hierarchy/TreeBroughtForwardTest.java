package vn.pdv.aggregator.hierarchy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A tree brought forward change by change ({@link UnitTree#with}) answers every question exactly as one built from all
 * versions and closures at once ({@link UnitTree#of}): random sound changes on a small province, each decided on the
 * tree the last one left, as staff make them, with the older tree's answers remembered before each change (so that
 * they are carried over, not worked out afresh).
 */
class TreeBroughtForwardTest {

    private static final List<LocalDate> DAYS = List.of(LocalDate.of(2023, 12, 31), LocalDate.of(2024, 1, 1),
            LocalDate.of(2024, 3, 1), LocalDate.of(2024, 6, 15), LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30),
            LocalDate.of(2025, 7, 1), LocalDate.of(2025, 9, 2), LocalDate.of(2026, 1, 1));
    private static final List<LocalDate> CHANGE_DAYS = List.of(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 6, 15),
            LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 1), LocalDate.of(2025, 9, 2));

    /** Every version and closure so far, keyed as the store keys them: a later one of the same key replaces it. */
    private final Map<String, Unit> versions = new LinkedHashMap<>();
    private final Map<UnitCode, Closure> closures = new LinkedHashMap<>();
    private final List<UnitCode> codes = new ArrayList<>();

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void answersAsATreeBuiltFromEverything(long seed) {
        Random random = new Random(seed);
        province(random);
        UnitTree tree = UnitTree.of(versions.values(), closures.values());
        int accepted = 0;
        for (int step = 0; step < 80; step++) {
            ask(tree, random);
            if (tree.decide(change(tree, random)) instanceof HierarchyChange.Accepted change) {
                change.versions().forEach(version -> versions.put(version.code() + "|" + version.effectiveFrom(),
                        version));
                change.closures().forEach(closure -> closures.put(closure.unit(), closure));
                change.versions().forEach(version -> {
                    if (!codes.contains(version.code())) {
                        codes.add(version.code());
                    }
                });
                tree = tree.with(change.versions(), change.closures());
                accepted++;
                assertSameAnswers(tree, UnitTree.of(versions.values(), closures.values()));
            }
        }
        assertThat(accepted).as("changes accepted").isGreaterThan(40);
    }

    /** A province, districts, grassroots committees and branches; some registered after 2024 began. */
    private void province(Random random) {
        unit("T", UnitKind.PROVINCE_COMMITTEE, null, LocalDate.of(2024, 1, 1));
        for (int d = 1; d <= 4; d++) {
            String district = "T-D" + d;
            unit(district, UnitKind.DISTRICT_COMMITTEE, "T", LocalDate.of(2024, 1, 1));
            for (int g = 1; g <= 3; g++) {
                String grassroots = district + "-G" + g;
                unit(grassroots, g == 3 ? UnitKind.GRASSROOTS_BRANCH : UnitKind.GRASSROOTS_COMMITTEE, district,
                        random.nextInt(4) == 0 ? LocalDate.of(2024, 6, 15) : LocalDate.of(2024, 1, 1));
                for (int b = 1; b <= 3; b++) {
                    unit(grassroots + "-B" + b, UnitKind.SUBORDINATE_BRANCH, grassroots, LocalDate.of(2024, 1, 1));
                }
            }
        }
    }

    private void unit(String code, UnitKind kind, String parent, LocalDate from) {
        Unit unit = new Unit(new UnitCode(code), code, kind, parent == null ? null : new UnitCode(parent), from);
        versions.put(code + "|" + from, unit);
        codes.add(unit.code());
    }

    /** Asks the questions whose answers a tree remembers per stretch of days, so that a change must carry them. */
    private void ask(UnitTree tree, Random random) {
        for (int i = 0; i < 6; i++) {
            UnitCode code = pick(random);
            LocalDate day = DAYS.get(random.nextInt(DAYS.size()));
            tree.children(code, day);
            tree.subtreeOn(code, day);
            tree.grassrootsOf(code, day);
        }
    }

    private HierarchyChange change(UnitTree tree, Random random) {
        LocalDate on = CHANGE_DAYS.get(random.nextInt(CHANGE_DAYS.size()));
        UnitCode unit = pick(random);
        UnitCode other = pick(random);
        return switch (random.nextInt(6)) {
            case 0 -> new HierarchyChange.Open(new UnitCode("N" + codes.size() + "-" + random.nextInt(1000)),
                    "Mới", random.nextBoolean() ? UnitKind.GRASSROOTS_COMMITTEE : UnitKind.SUBORDINATE_BRANCH, other,
                    on);
            case 1 -> new HierarchyChange.Close(unit, on);
            case 2 -> new HierarchyChange.Rename(unit, "Tên " + random.nextInt(100), on);
            case 3 -> {
                UnitCode into = new UnitCode("M" + codes.size() + "-" + random.nextInt(1000));
                List<UnitCode> merged = tree.children(other, on).stream().limit(2).map(Unit::code).toList();
                yield new HierarchyChange.Merge(merged.isEmpty() ? List.of(unit) : merged, into, on, "Hợp nhất",
                        UnitKind.GRASSROOTS_COMMITTEE, other);
            }
            default -> new HierarchyChange.Move(unit, other, on);
        };
    }

    private UnitCode pick(Random random) {
        return codes.get(random.nextInt(codes.size()));
    }

    private void assertSameAnswers(UnitTree forward, UnitTree built) {
        assertThat(forward).isEqualTo(built);
        for (UnitCode code : codes) {
            assertThat(forward.predecessors(code)).as("predecessors of %s", code)
                    .containsExactlyInAnyOrderElementsOf(built.predecessors(code));
            assertThat(forward.subtreeAsLatest(code)).as("latest subtree of %s", code)
                    .containsExactlyInAnyOrderElementsOf(built.subtreeAsLatest(code));
            assertThat(forward.subtree(code, DAYS.getFirst(), DAYS.getLast())).as("spans of %s", code)
                    .isEqualTo(built.subtree(code, DAYS.getFirst(), DAYS.getLast()));
            for (LocalDate day : DAYS) {
                String asked = code + " on " + day;
                assertThat(forward.on(code, day)).as("version of %s", asked).isEqualTo(built.on(code, day));
                assertThat(forward.children(code, day)).as("children of %s", asked)
                        .containsExactlyElementsOf(built.children(code, day));
                assertThat(forward.subtreeOn(code, day)).as("subtree of %s", asked)
                        .containsExactlyInAnyOrderElementsOf(built.subtreeOn(code, day));
                assertThat(forward.grassrootsOf(code, day)).as("grassroots of %s", asked)
                        .isEqualTo(built.grassrootsOf(code, day));
                assertThat(forward.ancestors(code, day)).as("ancestors of %s", asked)
                        .containsExactlyElementsOf(built.ancestors(code, day));
            }
        }
    }
}
