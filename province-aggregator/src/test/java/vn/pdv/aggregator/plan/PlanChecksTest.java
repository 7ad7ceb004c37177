package vn.pdv.aggregator.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.pdv.aggregator.plan.PlanTableFixture.aTableFor;
import static vn.pdv.aggregator.plan.PlanWarning.Rule.*;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.hierarchy.UnitKind;
import vn.pdv.aggregator.quota.Attribute;
import vn.pdv.aggregator.quota.MembershipCounts;
import vn.pdv.aggregator.quota.Metric;
import vn.pdv.aggregator.quota.Period;
import vn.pdv.aggregator.quota.Quota;

class PlanChecksTest {

    private static final Period Y2024 = Period.year(2024);
    private static final Period Y2025 = Period.year(2025);
    private static final UnitCode COMMUNE = new UnitCode("XA-01");
    private static final PlanContext BY_COMMUNE = PlanContext.issuedBy(COMMUNE);

    @Test
    void loadsASoundTableWithoutWarnings() {
        PlanImport imported = PlanChecks.check(aTableFor(Y2024).branch(1, "3", "2", "1").build(), BY_COMMUNE);

        assertThat(imported.isClean()).isTrue();
        assertThat(imported.quotas()).containsExactly(new Quota(new UnitCode("CB-01"), COMMUNE, PlanTableFixture.PLAN,
                Y2024, Metric.ADMISSIONS, 3, Map.of(Attribute.YOUTH_UNION, 2, Attribute.TRADE_UNION, 1)));
    }

    @Test
    void holdsBackATotalThatIsNotANumberAndStillLoadsTheOtherYear() {
        PlanImport imported = PlanChecks.check(aTableFor(Y2024, Y2025).branch(1, "ba", "2", "1", "2", "1", "1").build(),
                BY_COMMUNE);

        assertThat(imported.quotas()).extracting(Quota::period).containsExactly(Y2025);
        assertThat(imported.warnings()).singleElement().satisfies(w -> {
            assertThat(w.rule()).isEqualTo(NOT_A_NUMBER);
            assertThat(w.values()).containsEntry("cell", "ba").containsEntry("column", "TOTAL");
        });
    }

    @Test
    void holdsBackANegativeTotal() {
        PlanImport imported = PlanChecks.check(aTableFor(Y2024).branch(1, "-2", "0", "0").build(), BY_COMMUNE);

        assertThat(imported.quotas()).isEmpty();
        assertThat(imported.warnings()).extracting(PlanWarning::rule).containsExactly(NEGATIVE_NUMBER);
    }

    @Test
    void holdsBackABlankTotal() {
        PlanImport imported = PlanChecks.check(aTableFor(Y2024).branch(1, "", "2", "1").build(), BY_COMMUNE);

        assertThat(imported.quotas()).isEmpty();
        assertThat(imported.warnings()).extracting(PlanWarning::rule).containsExactly(TOTAL_MISSING);
    }

    @Test
    void loadsTheTotalWithoutItsBreakdownWhenAPartIsUnreadableOrNegative() {
        PlanImport imported = PlanChecks.check(aTableFor(Y2024)
                .branch(1, "3", "hai", "1")
                .branch(2, "3", "4", "-1").build(), BY_COMMUNE);

        assertThat(imported.quotas()).extracting(Quota::total, Quota::hasBreakdown)
                .containsExactly(tuple(3, false), tuple(3, false));
        assertThat(imported.warnings()).extracting(PlanWarning::listedRow, PlanWarning::rule)
                .containsExactly(tuple("1", NOT_A_NUMBER), tuple("2", NEGATIVE_NUMBER));
    }

    @Test
    void reportsYouthAndTradeUnionPartsThatDoNotAddUpToTheTotal() {
        PlanImport imported = PlanChecks.check(aTableFor(Y2024).branch(1, "5", "2", "2").build(), BY_COMMUNE);

        assertThat(imported.quotas()).singleElement().satisfies(q -> assertThat(q.hasBreakdown()).isFalse());
        assertThat(imported.warnings()).singleElement().satisfies(w -> {
            assertThat(w.rule()).isEqualTo(BREAKDOWN_DOES_NOT_ADD_UP);
            assertThat(w.values()).containsEntry("total", 5).containsEntry("sumOfParts", 4)
                    .containsEntry("YOUTH_UNION", 2).containsEntry("TRADE_UNION", 2);
        });
    }

    @Test
    void acceptsOverlappingPartsWhenThePlanCountsEachOfWhichSeparately() {
        PlanContext overlapping = BY_COMMUNE.withPartsAddingUpToTotal();

        PlanImport imported = PlanChecks.check(aTableFor(Y2024).branch(1, "5", "4", "3").build(), overlapping);

        assertThat(imported.isClean()).isTrue();
        assertThat(imported.quotas().getFirst().breakdown())
                .containsExactly(Map.entry(Attribute.YOUTH_UNION, 4), Map.entry(Attribute.TRADE_UNION, 3));
    }

    @Test
    void readsADashAsNoneAndAllBlankPartsAsNoBreakdown() {
        PlanImport imported = PlanChecks.check(aTableFor(Y2024)
                .branch(1, "2", "2", "-")
                .branch(2, "4", "", "").build(), BY_COMMUNE);

        assertThat(imported.isClean()).isTrue();
        assertThat(imported.quotas()).extracting(Quota::breakdown).containsExactly(
                Map.of(Attribute.YOUTH_UNION, 2, Attribute.TRADE_UNION, 0), Map.of());
    }

    @Test
    void keepsTheFirstOfTwoRowsForTheSameUnit() {
        PlanImport imported = PlanChecks.check(aTableFor(Y2024)
                .row("1", "CB-01", "Chi bộ", "Chi bộ thôn An Lợi", "3", "2", "1")
                .row("2", "CB-01", "Chi bộ", "Chi bộ thôn An Lợi", "5", "3", "2").build(), BY_COMMUNE);

        assertThat(imported.quotas()).extracting(Quota::total).containsExactly(3);
        assertThat(imported.units()).hasSize(1);
        assertThat(imported.warnings()).singleElement().satisfies(w -> {
            assertThat(w.rule()).isEqualTo(DUPLICATE_UNIT);
            assertThat(w.listedRow()).isEqualTo("2");
            assertThat(w.values()).containsEntry("firstListed", "1");
        });
    }

    @Test
    void findsDuplicateNamesInATableWithoutCodes() {
        PlanImport imported = PlanChecks.check(aTableFor(Y2024)
                .row("1", "", "", "Chi bộ thôn An Lợi", "3", "2", "1")
                .row("2", "", "", "Chi bộ  thôn An lợi", "5", "3", "2").build(), BY_COMMUNE);

        assertThat(imported.units()).extracting(ListedUnit::code).containsExactly(new UnitCode("chi-bo-thon-an-loi"));
        assertThat(imported.warnings()).extracting(PlanWarning::rule).containsExactly(DUPLICATE_UNIT);
    }

    @Test
    void givesCodeLessRowsTheCodeOfTheKnownUnitWithThatName() {
        PlanContext context = BY_COMMUNE.withKnownUnits(KnownUnits.of(Map.of(new UnitCode("XA-01-AL"), "Chi bộ thôn An Lợi")));

        PlanImport imported = PlanChecks.check(aTableFor(Y2024)
                .row("1", "", "", "CHI BỘ THÔN AN LỢI", "3", "2", "1")
                .row("2", "", "", "Chi bộ thôn Mới", "1", "1", "0").build(), context);

        assertThat(imported.units()).extracting(u -> u.code().value()).containsExactly("XA-01-AL", "chi-bo-thon-moi");
        assertThat(imported.warnings()).extracting(PlanWarning::listedRow, PlanWarning::rule)
                .containsExactly(tuple("2", UNIT_UNKNOWN));
    }

    @Test
    void reportsRowNumbersThatSkipOrRepeat() {
        PlanImport imported = PlanChecks.check(aTableFor(Y2024)
                .branch(1, "1", "1", "0").branch(3, "1", "1", "0").branch(3, "1", "1", "0").build(), BY_COMMUNE);

        assertThat(imported.warnings()).extracting(PlanWarning::listedRow, PlanWarning::rule)
                .containsExactly(tuple("3", ROW_NUMBER_OUT_OF_SEQUENCE), tuple("3", ROW_NUMBER_OUT_OF_SEQUENCE),
                        tuple("3", DUPLICATE_UNIT));
    }

    @Test
    void refusesRowsWithoutANameOrWithAMalformedCodeAndLoadsTheRest() {
        PlanImport imported = PlanChecks.check(aTableFor(Y2024)
                .row("1", "", "Chi bộ", "", "3", "2", "1")
                .row("2", "CB 02/ấp", "Chi bộ", "Chi bộ ấp 2", "3", "2", "1")
                .branch(3, "2", "1", "1").build(), BY_COMMUNE);

        assertThat(imported.quotas()).extracting(q -> q.target().value()).containsExactly("CB-03");
        assertThat(imported.warnings()).extracting(PlanWarning::rule)
                .containsExactly(UNIT_NAME_MISSING, UNIT_CODE_INVALID);
    }

    @Test
    void loadsARowWhoseUnitTypeIsNotRecognisedAsOther() {
        PlanImport imported = PlanChecks.check(aTableFor(Y2024)
                .row("1", "CB-01", "Tổ đảng", "Tổ đảng thôn 1", "1", "1", "0").build(), BY_COMMUNE);

        assertThat(imported.units()).extracting(ListedUnit::kind).containsExactly(UnitKind.OTHER);
        assertThat(imported.warnings()).extracting(PlanWarning::rule).containsExactly(UNIT_KIND_UNKNOWN);
    }

    @Test
    void comparesTheTablesOwnTotalRowWithTheSumOfItsRows() {
        PlanImport imported = PlanChecks.check(aTableFor(Y2024)
                .branch(1, "3", "2", "1").branch(2, "4", "3", "1")
                .totalRow("8", "5", "2").build(), BY_COMMUNE);

        assertThat(imported.warnings()).extracting(PlanWarning::rule, w -> w.values().get("column"),
                        w -> w.values().get("printed"), w -> w.values().get("sum"))
                .containsExactly(tuple(TOTAL_ROW_MISMATCH, "TOTAL", 8, 7));
    }

    @Test
    void reportsAPeriodThePlanSetsATargetForButHasNoColumnsFor() {
        PlanContext context = BY_COMMUNE.withTargets(PlanTarget.admissions(Y2025, 10)).expecting(Y2024, Period.year(2026));

        PlanImport imported = PlanChecks.check(aTableFor(Y2024).branch(1, "3", "2", "1").build(), context);

        assertThat(imported.warnings()).extracting(PlanWarning::rule, w -> w.values().get("period"))
                .containsExactly(tuple(PERIOD_COLUMNS_MISSING, "2026"), tuple(PERIOD_COLUMNS_MISSING, "2025"));
    }

    @Test
    void flagsATargetOutsideThreeToFourPercentOfMembership() {
        PlanContext context = BY_COMMUNE.withMembership(MembershipCounts.none().with(COMMUNE, 2024, 400))
                .withTargets(new PlanTarget(Y2024, Metric.ADMISSIONS, OptionalInt.of(20),
                        List.of(RatioTarget.shareOfMembership(3, 4))));

        PlanImport imported = PlanChecks.check(aTableFor(Y2024).branch(1, "20", "14", "6").build(), context);

        assertThat(imported.warnings()).singleElement().satisfies(w -> {
            assertThat(w.rule()).isEqualTo(MEMBERSHIP_RATE_OUTSIDE_TARGET);
            assertThat(w.values()).containsEntry("ratePercent", new BigDecimal("5.0"));
            assertThat(w.messageVi()).isEqualTo("Chỉ tiêu chung năm 2024 là 20 trên 400 đảng viên = 5%, "
                    + "ngoài mức 3%–4% số đảng viên.");
        });
    }

    @Test
    void checksTheSumOfQuotasAgainstMembershipWhenThePlanGivesOnlyARate() {
        PlanContext context = BY_COMMUNE.withMembership(MembershipCounts.none().with(COMMUNE, 2024, 400))
                .withTargets(new PlanTarget(Y2024, Metric.ADMISSIONS, OptionalInt.empty(),
                        List.of(RatioTarget.shareOfMembership(3, 4))));

        PlanImport imported = PlanChecks.check(aTableFor(Y2024).branch(1, "6", "4", "2").build(), context);

        assertThat(imported.warnings()).extracting(PlanWarning::rule, w -> w.values().get("number"))
                .containsExactly(tuple(MEMBERSHIP_RATE_OUTSIDE_TARGET, 6));
    }

    @Test
    void loadsNothingWhenNoPlanNumberIsKnown() {
        PlanImport imported = PlanChecks.check(aTableFor(Y2024).branch(1, "3", "2", "1").withoutPlanNumber().build(),
                BY_COMMUNE);

        assertThat(imported.quotas()).isEmpty();
        assertThat(imported.plan()).isEmpty();
        assertThat(imported.warnings()).extracting(PlanWarning::rule).containsExactly(PLAN_REFERENCE_MISSING);
    }

    @Test
    void takesTheIssuingUnitFromThePlanNumberWhenNotGiven() {
        PlanImport imported = PlanChecks.check(aTableFor(Y2024).branch(1, "3", "2", "1").build(), PlanContext.none());

        assertThat(imported.issuedBy()).contains(new UnitCode("DU"));
    }
}
