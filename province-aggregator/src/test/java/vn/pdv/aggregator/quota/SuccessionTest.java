package vn.pdv.aggregator.quota;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.hierarchy.UnitKind;

/** Two communes merged on 1 July 2025 into a third: what quotas the new commune holds. */
class SuccessionTest {

    private static final UnitCode DISTRICT = new UnitCode("KB");
    private static final UnitCode BA_SAO = new UnitCode("KB-02");
    private static final UnitCode THUY_LOI = new UnitCode("KB-03");
    private static final UnitCode MERGED = new UnitCode("KB-20");
    private static final LocalDate MERGED_ON = LocalDate.of(2025, 7, 1);
    /** A commune's party committee: a grassroots committee. */
    private static final UnitKind COMMUNE = UnitKind.GRASSROOTS_COMMITTEE;
    private static final PlanReference PLAN = PlanReference.numbered("141-CV/HU");

    @Test
    void carriesThePredecessorsQuotasForTheYearOfTheMergeAddedUpPartByPart() {
        List<Quota> inForce = Succession.inForce(MERGED, List.of(), List.of(
                new Succession.Predecessor(BA_SAO, COMMUNE, MERGED_ON, List.of(admissions(BA_SAO, 2025, 6, 4))),
                new Succession.Predecessor(THUY_LOI, COMMUNE, MERGED_ON, List.of(admissions(THUY_LOI, 2025, 4, 3)))),
                Terms.calendar());

        assertThat(inForce).singleElement().satisfies(quota -> {
            assertThat(quota.target()).isEqualTo(MERGED);
            assertThat(quota.period()).isEqualTo(Period.year(2025));
            assertThat(quota.total()).isEqualTo(10);
            assertThat(quota.part(Attribute.YOUTH_UNION)).isEqualTo(7);
            assertThat(quota.plan()).isEqualTo(PLAN);
        });
    }

    @Test
    void aQuotaOfItsOwnForThePeriodIsAReassignmentAndWins() {
        Quota own = admissions(MERGED, 2025, 8, 5);

        List<Quota> inForce = Succession.inForce(MERGED, List.of(own), List.of(
                new Succession.Predecessor(BA_SAO, COMMUNE, MERGED_ON, List.of(admissions(BA_SAO, 2025, 6, 4)))),
                Terms.calendar());

        assertThat(inForce).containsExactly(own);
    }

    @Test
    void periodsOverBeforeTheMergeAndOtherPeriodsStayApart() {
        List<Quota> inForce = Succession.inForce(MERGED, List.of(), List.of(new Succession.Predecessor(BA_SAO,
                COMMUNE, MERGED_ON, List.of(admissions(BA_SAO, 2025, 6, 4), quarter(BA_SAO, 1, 2), quarter(BA_SAO, 3, 2),
                        admissions(BA_SAO, 2026, 7, 5)))), Terms.calendar());

        assertThat(inForce).extracting(Quota::period).containsExactly(Period.year(2025), Period.quarter(2025, 3),
                Period.year(2026));
    }

    @Test
    void aTermThatClosedAtTheCongressBeforeTheMergeIsNotCarried() {
        Quota term = new Quota(BA_SAO, DISTRICT, PLAN, Period.term(2020, 2025), Metric.ADMISSIONS, 30, Map.of());
        List<Succession.Predecessor> merged = List.of(
                new Succession.Predecessor(BA_SAO, COMMUNE, MERGED_ON, List.of(term)));
        Terms congresses = new Terms(Map.of(COMMUNE, List.of(LocalDate.of(2020, 5, 15), LocalDate.of(2025, 5, 20))));

        assertThat(Succession.inForce(MERGED, List.of(), merged, congresses)).isEmpty();
        assertThat(Succession.inForce(MERGED, List.of(), merged, Terms.calendar()))
                .as("by calendar years the term ran to the end of 2025").extracting(Quota::total).containsExactly(30);
    }

    private static Quota admissions(UnitCode unit, int year, int total, int youth) {
        return new Quota(unit, DISTRICT, PLAN, Period.year(year), Metric.ADMISSIONS, total,
                Map.of(Attribute.YOUTH_UNION, youth));
    }

    private static Quota quarter(UnitCode unit, int quarter, int total) {
        return new Quota(unit, DISTRICT, PLAN, Period.quarter(2025, quarter), Metric.ADMISSIONS, total, Map.of());
    }
}
