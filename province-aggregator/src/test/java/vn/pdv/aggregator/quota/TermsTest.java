package vn.pdv.aggregator.quota;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.pdv.aggregator.hierarchy.Unit;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.hierarchy.UnitKind;
import vn.pdv.aggregator.hierarchy.UnitTree;

class TermsTest {

    private static final LocalDate GRASSROOTS_2020 = LocalDate.of(2020, 5, 15);
    private static final LocalDate GRASSROOTS_2025 = LocalDate.of(2025, 5, 20);
    private static final LocalDate PROVINCE_2020 = LocalDate.of(2020, 10, 14);
    private static final LocalDate PROVINCE_2025 = LocalDate.of(2025, 10, 8);

    /** Grassroots congresses in spring, the province's in autumn; the district's not filled in. */
    private final Terms terms = new Terms(Map.of(
            UnitKind.GRASSROOTS_COMMITTEE, List.of(LocalDate.of(2015, 5, 12), GRASSROOTS_2020, GRASSROOTS_2025),
            UnitKind.PROVINCE_COMMITTEE, List.of(PROVINCE_2020, PROVINCE_2025)));

    @Test
    void aTermRunsFromTheCongressOfTheLevelToTheNext() {
        Bounds grassroots = terms.bounds(Period.term(2020, 2025), UnitKind.GRASSROOTS_COMMITTEE);
        Bounds province = terms.bounds(Period.term(2020, 2025), UnitKind.PROVINCE_COMMITTEE);

        assertThat(grassroots).isEqualTo(new Bounds(GRASSROOTS_2020, GRASSROOTS_2025));
        assertThat(province).isEqualTo(new Bounds(PROVINCE_2020, PROVINCE_2025));
        assertThat(grassroots.includes(LocalDate.of(2025, 5, 19))).isTrue();
        assertThat(grassroots.includes(GRASSROOTS_2025)).isFalse();
        assertThat(province.includes(LocalDate.of(2025, 6, 1))).isTrue();
    }

    @Test
    void aTermsEndIsTheNextTermsStart() {
        Bounds ending = terms.bounds(Period.term(2015, 2020), UnitKind.GRASSROOTS_COMMITTEE);
        Bounds next = terms.bounds(Period.term(2020, 2025), UnitKind.GRASSROOTS_COMMITTEE);

        assertThat(ending.until()).isEqualTo(next.from()).isEqualTo(GRASSROOTS_2020);
        assertThat(ending.overlaps(next)).isFalse();
    }

    @Test
    void anAdmissionAfterTheGrassrootsCongressBelongsToTheNextTerm() {
        LocalDate june2025 = LocalDate.of(2025, 6, 10);

        assertThat(terms.bounds(Period.term(2020, 2025), UnitKind.GRASSROOTS_COMMITTEE).includes(june2025)).isFalse();
        assertThat(terms.bounds(Period.term(2025, 2030), UnitKind.GRASSROOTS_COMMITTEE).includes(june2025)).isTrue();
    }

    @Test
    void aCongressNotYetListedKeepsTheCalendarBoundary() {
        Bounds next = terms.bounds(Period.term(2025, 2030), UnitKind.GRASSROOTS_COMMITTEE);

        assertThat(next).isEqualTo(new Bounds(GRASSROOTS_2025, LocalDate.of(2031, 1, 1)));
    }

    @Test
    void withoutACalendarATermCoversItsCalendarYearsAsBefore() {
        Bounds district = terms.bounds(Period.term(2020, 2025), UnitKind.DISTRICT_COMMITTEE);
        Bounds none = Terms.calendar().bounds(Period.term(2020, 2025), UnitKind.GRASSROOTS_COMMITTEE);

        assertThat(district).isEqualTo(new Bounds(LocalDate.of(2020, 1, 1), LocalDate.of(2026, 1, 1)));
        assertThat(none).isEqualTo(district);
    }

    @Test
    void yearsHalvesAndQuartersAreTheCalendarsAtEveryLevel() {
        for (Period period : List.of(Period.year(2025), Period.halfYear(2025, 1), Period.quarter(2025, 2))) {
            assertThat(terms.bounds(period, UnitKind.GRASSROOTS_COMMITTEE))
                    .isEqualTo(new Bounds(period.from(), period.until()));
        }
    }

    @Test
    void aUnitsLevelIsItsKindOnTheDayAsked() {
        UnitCode unit = new UnitCode("DUK-01-X");
        // A subordinate branch that became a grassroots committee (chi bộ lên đảng bộ cơ sở) on 1 March 2023.
        UnitTree tree = UnitTree.of(List.of(
                new Unit(unit, "Chi bộ X", UnitKind.SUBORDINATE_BRANCH, null, LocalDate.of(2019, 1, 1)),
                new Unit(unit, "Đảng bộ X", UnitKind.GRASSROOTS_COMMITTEE, null, LocalDate.of(2023, 3, 1))), List.of());
        Period term = Period.term(2020, 2025);

        assertThat(terms.bounds(term, tree, unit, LocalDate.of(2022, 1, 1)).from()).isEqualTo(LocalDate.of(2020, 1, 1));
        assertThat(terms.bounds(term, tree, unit, LocalDate.of(2024, 1, 1)).from()).isEqualTo(GRASSROOTS_2020);
        assertThat(terms.bounds(term, tree, unit, LocalDate.of(2018, 1, 1)).from())
                .as("before it stood, its last level").isEqualTo(GRASSROOTS_2020);
        assertThat(terms.bounds(term, tree, new UnitCode("NOPE"), LocalDate.of(2024, 1, 1)).from())
                .isEqualTo(LocalDate.of(2020, 1, 1));
    }

    @Test
    void refusesACalendarOutOfOrderOrWithTwoCongressesInAYear() {
        assertThatThrownBy(() -> new Terms(Map.of(UnitKind.DISTRICT_COMMITTEE,
                List.of(LocalDate.of(2025, 7, 1), LocalDate.of(2020, 7, 1)))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("out of order");
        assertThatThrownBy(() -> new Terms(Map.of(UnitKind.DISTRICT_COMMITTEE,
                List.of(LocalDate.of(2020, 3, 1), LocalDate.of(2020, 7, 1)))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two congresses");
    }
}
