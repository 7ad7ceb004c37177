package vn.pdv.aggregator.plan.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.pdv.aggregator.plan.PlanWarning.Rule.BREAKDOWN_EXCEEDS_TOTAL;
import static vn.pdv.aggregator.plan.PlanWarning.Rule.MEMBERSHIP_RATE_OUTSIDE_TARGET;
import static vn.pdv.aggregator.plan.PlanWarning.Rule.QUOTA_SUM_ABOVE_TARGET;
import static vn.pdv.aggregator.plan.PlanWarning.Rule.QUOTA_SUM_BELOW_TARGET;
import static vn.pdv.aggregator.plan.PlanWarning.Rule.QUOTA_WITHOUT_SOURCES;
import static vn.pdv.aggregator.plan.PlanWarning.Rule.SHARE_BELOW_TARGET;
import static vn.pdv.aggregator.plan.PlanWarning.Rule.UNIT_UNKNOWN;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.hierarchy.UnitKind;
import vn.pdv.aggregator.plan.KnownUnits;
import vn.pdv.aggregator.plan.ListedUnit;
import vn.pdv.aggregator.plan.PlanContext;
import vn.pdv.aggregator.plan.PlanImport;
import vn.pdv.aggregator.plan.PlanTarget;
import vn.pdv.aggregator.plan.PlanWarning;
import vn.pdv.aggregator.quota.Attribute;
import vn.pdv.aggregator.quota.MembershipCounts;
import vn.pdv.aggregator.quota.Metric;
import vn.pdv.aggregator.quota.Period;
import vn.pdv.aggregator.quota.PlanReference;
import vn.pdv.aggregator.quota.Quota;

/**
 * Seed 001, plan 104-KH/ĐUK, as shipped. The expected findings were worked out by hand from the seed:
 * 2024 totals 260 (youth 176, trade 86), 2025 totals 232 (youth 166, trade 66); every row's parts add up to its
 * total except row 24 in 2024 (total 8, youth 10, trade 0); the plan's own target is 240 a year, at least 70% youth.
 */
class Plan104KhDukImportTest {

    private static final Period Y2024 = Period.year(2024);
    private static final Period Y2025 = Period.year(2025);
    private static final UnitCode DUK = new UnitCode("DUK");

    private final PlanImport plan = SeedPlan.imported(PlanContext.none());

    @Test
    void loadsAllFiftyFiveUnitsWithBothYearsDespiteTheMistakes() {
        assertThat(plan.units()).hasSize(55);
        assertThat(plan.quotas()).hasSize(110);
        assertThat(plan.units().getFirst())
                .isEqualTo(new ListedUnit(unit(1), "Bệnh viện Đa khoa tỉnh Bình Định", UnitKind.GRASSROOTS_COMMITTEE,
                        plan.units().getFirst().row()));
        assertThat(plan.units().getLast().name())
                .isEqualTo("Văn phòng Đoàn Đại biểu Quốc hội và Hội đồng Nhân Dân tỉnh Bình Định");
        assertThat(plan.units()).filteredOn(u -> u.kind() == UnitKind.GRASSROOTS_COMMITTEE).hasSize(40);
        assertThat(plan.units()).filteredOn(u -> u.kind() == UnitKind.GRASSROOTS_BRANCH).hasSize(15);
        assertThat(plan.units()).extracting(u -> u.row().listed())
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 55).mapToObj(String::valueOf).toList());
    }

    @Test
    void readsThePlanReferenceAndIssuerFromTheAnnexCaption() {
        PlanReference reference = PlanReference.of("104-KH/ĐUK", LocalDate.of(2024, 3, 6), "Ban Thường vụ Đảng ủy Khối");

        assertThat(plan.plan()).contains(reference);
        assertThat(plan.issuedBy()).contains(DUK);
        assertThat(plan.quotas()).allSatisfy(quota -> {
            assertThat(quota.plan()).isEqualTo(reference);
            assertThat(quota.issuedBy()).isEqualTo(DUK);
            assertThat(quota.metric()).isEqualTo(Metric.ADMISSIONS);
        });
    }

    @Test
    void keepsEachUnitsTotalAndItsYouthAndTradeUnionBreakdown() {
        assertThat(plan.quotaOf(unit(1), Y2024)).contains(quota(1, Y2024, 20, 13, 7));
        assertThat(plan.quotaOf(unit(1), Y2025)).contains(quota(1, Y2025, 15, 10, 5));
        assertThat(plan.quotaOf(unit(26), Y2024)).contains(quota(26, Y2024, 55, 50, 5));
        assertThat(plan.quotaOf(unit(55), Y2025)).contains(quota(55, Y2025, 2, 0, 2));
    }

    @Test
    void loadsZeroQuotasOfUnitsLeftWithoutSourcesAsZero() {
        assertThat(plan.quotasFor(Y2025)).filteredOn(q -> q.total() == 0).extracting(q -> q.target().value())
                .containsExactly("DUK-11", "DUK-20", "DUK-25", "DUK-33", "DUK-40", "DUK-41", "DUK-42", "DUK-43",
                        "DUK-44", "DUK-45", "DUK-49", "DUK-50");
        assertThat(plan.quotasFor(Y2024)).filteredOn(q -> q.total() == 0).extracting(q -> q.target().value())
                .containsExactly("DUK-47");
    }

    @Test
    void row24LoadsItsTotalOf8WithoutTheYouthUnionFigureOf10ThatExceedsIt() {
        assertThat(plan.quotaOf(unit(24), Y2024)).hasValueSatisfying(quota -> {
            assertThat(quota.total()).isEqualTo(8);
            assertThat(quota.hasBreakdown()).isFalse();
        });
        assertThat(plan.quotaOf(unit(24), Y2025)).contains(quota(24, Y2025, 10, 10, 0));
    }

    @Test
    void addsUpEachYearAsWritten() {
        assertThat(plan.sumsFor(Y2024)).hasValueSatisfying(sums -> {
            assertThat(sums.total()).isEqualTo(260);
            assertThat(sums.part(Attribute.YOUTH_UNION)).isEqualTo(176);
            assertThat(sums.part(Attribute.TRADE_UNION)).isEqualTo(86);
            assertThat(sums.sharePercent(Attribute.YOUTH_UNION)).contains(new BigDecimal("67.7"));
        });
        assertThat(plan.sumsFor(Y2025)).hasValueSatisfying(sums -> {
            assertThat(sums.total()).isEqualTo(232);
            assertThat(sums.part(Attribute.YOUTH_UNION)).isEqualTo(166);
            assertThat(sums.part(Attribute.TRADE_UNION)).isEqualTo(66);
            assertThat(sums.sharePercent(Attribute.YOUTH_UNION)).contains(new BigDecimal("71.6"));
        });
    }

    @Test
    void reportsEveryProblemTheTableReallyHasAndNothingElse() {
        assertThat(plan.warnings())
                .extracting(PlanWarning::listedRow, w -> w.unit().map(UnitCode::value).orElse(""), PlanWarning::rule)
                .containsExactly(
                        tuple("24", "DUK-24", BREAKDOWN_EXCEEDS_TOTAL),
                        tuple("", "", QUOTA_SUM_ABOVE_TARGET),
                        tuple("", "", SHARE_BELOW_TARGET),
                        tuple("", "", QUOTA_SUM_BELOW_TARGET));
    }

    @Test
    void row24SaysWhichFigureExceedsWhichInBothLanguages() {
        PlanWarning row24 = plan.warnings(BREAKDOWN_EXCEEDS_TOTAL).getFirst();

        assertThat(row24.row()).hasValueSatisfying(row -> assertThat(row.line()).isEqualTo(37));
        assertThat(row24.values()).containsEntry("period", "2024").containsEntry("attribute", "YOUTH_UNION")
                .containsEntry("part", 10).containsEntry("total", 8);
        assertThat(row24.messageVi()).isEqualTo("STT 24 (dòng 37) – Trường Cao đẳng Cơ điện - Xây dựng và Nông lâm "
                + "Trung bộ, năm 2024: chỉ tiêu đoàn viên thanh niên (10) lớn hơn tổng cộng (8); nạp tổng cộng 8, "
                + "bỏ phần chia.");
        assertThat(row24.messageEn()).isEqualTo("row 24 (line 37) – Trường Cao đẳng Cơ điện - Xây dựng và Nông lâm "
                + "Trung bộ, 2024: youth-union members quota (10) exceeds the total (8); loaded the total 8 without "
                + "breakdown.");
    }

    @Test
    void says2024QuotasExceedThePlansOwnTargetOf240By20() {
        assertThat(plan.warnings(QUOTA_SUM_ABOVE_TARGET)).singleElement().satisfies(warning -> {
            assertThat(warning.values()).containsEntry("period", "2024").containsEntry("sum", 260)
                    .containsEntry("target", 240).containsEntry("difference", 20);
            assertThat(warning.messageVi()).isEqualTo("Chỉ tiêu năm 2024 giao cho các đơn vị cộng lại được 260, "
                    + "cao hơn chỉ tiêu chung 240 của kế hoạch 20.");
        });
    }

    @Test
    void says2025QuotasFallShortOfThePlansOwnTargetBy8() {
        assertThat(plan.warnings(QUOTA_SUM_BELOW_TARGET)).singleElement().satisfies(warning -> {
            assertThat(warning.values()).containsEntry("period", "2025").containsEntry("sum", 232)
                    .containsEntry("target", 240).containsEntry("difference", -8);
            assertThat(warning.messageEn()).isEqualTo("The 2025 quotas assigned to units add up to 232, 8 below "
                    + "the plan's own target of 240.");
        });
    }

    @Test
    void says2024YouthUnionQuotasAre67Point7PercentAgainstAtLeast70() {
        assertThat(plan.warnings(SHARE_BELOW_TARGET)).singleElement().satisfies(warning -> {
            assertThat(warning.values()).containsEntry("period", "2024").containsEntry("part", 176)
                    .containsEntry("total", 260).containsEntry("sharePercent", new BigDecimal("67.7"))
                    .containsEntry("targetPercent", new BigDecimal("70"));
            assertThat(warning.messageVi()).isEqualTo("Chỉ tiêu đoàn viên thanh niên năm 2024 cộng lại được "
                    + "176/260 = 67,7%, dưới mục tiêu 70% trở lên.");
        });
    }

    @Test
    void checksOver4PercentOfMembershipWhenTheBlocsMembershipIsGiven() {
        PlanImport with6000 = SeedPlan.imported(PlanContext.none().withMembership(sameEachYear(6000)));
        PlanImport with6500 = SeedPlan.imported(PlanContext.none().withMembership(sameEachYear(6500)));

        assertThat(with6000.warnings(MEMBERSHIP_RATE_OUTSIDE_TARGET)).isEmpty();
        assertThat(with6500.warnings(MEMBERSHIP_RATE_OUTSIDE_TARGET))
                .extracting(w -> w.values().get("period"), w -> w.values().get("ratePercent"))
                .containsExactly(tuple("2024", new BigDecimal("3.7")), tuple("2025", new BigDecimal("3.7")));
    }

    @Test
    void flagsQuotasGivenToUnitsKnownToHaveNoSources() {
        PlanImport imported = SeedPlan.imported(PlanContext.none().withUnitsWithoutSources(Set.of(unit(42), unit(47))));

        assertThat(imported.warnings(QUOTA_WITHOUT_SOURCES))
                .extracting(PlanWarning::listedRow, w -> w.values().get("period"), w -> w.values().get("total"))
                .containsExactly(tuple("42", "2024", 4), tuple("47", "2025", 2));
        assertThat(imported.quotas()).hasSize(110);
    }

    @Test
    void flagsRowsNamingUnitsTheSystemDoesNotKnowButStillLoadsThem() {
        Map<UnitCode, String> known = new LinkedHashMap<>();
        plan.units().stream().filter(u -> !u.code().equals(unit(55))).forEach(u -> known.put(u.code(), u.name()));

        PlanImport imported = SeedPlan.imported(PlanContext.none().withKnownUnits(KnownUnits.of(known)));

        assertThat(imported.warnings(UNIT_UNKNOWN)).extracting(PlanWarning::listedRow).containsExactly("55");
        assertThat(imported.quotaOf(unit(55), Y2024)).isPresent();
    }

    @Test
    void theCallersReferenceAndTargetsOverrideWhatTheFileSays() {
        PlanReference corrected = PlanReference.of("104-KH/ĐUK", LocalDate.of(2024, 3, 6), "BTV Đảng ủy Khối");
        PlanContext context = PlanContext.issuedBy(new UnitCode("DUK-BD")).withPlan(corrected)
                .withTargets(PlanTarget.admissions(Y2024, 260),
                        PlanTarget.admissions(Y2025, 232));

        PlanImport imported = SeedPlan.imported(context);

        assertThat(imported.plan()).contains(corrected);
        assertThat(imported.issuedBy()).contains(new UnitCode("DUK-BD"));
        assertThat(imported.warnings()).extracting(PlanWarning::rule).containsExactly(BREAKDOWN_EXCEEDS_TOTAL);
    }

    /** The bloc's membership, stated alike for both years of the plan. */
    private static MembershipCounts sameEachYear(int members) {
        return MembershipCounts.none().with(DUK, 2024, members).with(DUK, 2025, members);
    }

    static UnitCode unit(int row) {
        return new UnitCode("DUK-%02d".formatted(row));
    }

    private static Quota quota(int row, Period period, int total, int youth, int trade) {
        return new Quota(unit(row), DUK, PlanReference.of("104-KH/ĐUK", LocalDate.of(2024, 3, 6),
                "Ban Thường vụ Đảng ủy Khối"), period, Metric.ADMISSIONS,
                total, Map.of(Attribute.YOUTH_UNION, youth, Attribute.TRADE_UNION, trade));
    }
}
