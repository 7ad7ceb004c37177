package vn.pdv.aggregator.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.quota.Bounds;
import vn.pdv.aggregator.quota.Metric;
import vn.pdv.aggregator.quota.Period;

/** The judgement alone: figures in, status out. */
class StatusRulesTest {

    private static final StatusRules RULES = new StatusRules(new BigDecimal("0.2"), BigDecimal.ONE);
    private static final Period YEAR_2024 = Period.year(2024);
    private static final Bounds DAYS_2024 = new Bounds(YEAR_2024.from(), YEAR_2024.until());
    private static final LocalDate MID_YEAR = LocalDate.of(2024, 6, 30);
    private static final OptionalLong PLENTY = OptionalLong.of(100);

    @Test
    void metWhenTheActualReachesTheQuota() {
        UnitStatus status = judge(145, 148, PLENTY, MID_YEAR);

        assertThat(status.status()).isEqualTo(Status.MET);
        assertThat(status.reason()).contains("148/145").contains("102,1%");
        assertThat(status.reasonEn()).contains("102.1%");
    }

    @Test
    void onTrackAtTheLinearPace() {
        // 30 June 2024 is day 182 of 366: 40 × 182/366 = 19.9, so the pace asks 19.
        UnitStatus status = judge(40, 19, PLENTY, MID_YEAR);

        assertThat(status.expected()).isEqualTo(19);
        assertThat(status.status()).isEqualTo(Status.ON_TRACK);
    }

    @Test
    void atRiskWhenBehindPaceWithinTheTolerance() {
        assertThat(judge(40, 16, PLENTY, MID_YEAR).status()).isEqualTo(Status.AT_RISK);
    }

    @Test
    void flagsBranchAsLaggingWhenBelowExpectedPace() {
        UnitStatus status = judge(40, 15, PLENTY, MID_YEAR);

        assertThat(status.status()).isEqualTo(Status.LAGGING);
        assertThat(status.reason()).isEqualTo("Chậm tiến độ: 15/40, theo tiến độ cần 19 đến ngày 2024-06-30.");
    }

    @Test
    void atRiskOnPaceWhenThePipelineCannotFillWhatRemains() {
        UnitStatus status = judge(40, 20, OptionalLong.of(5), MID_YEAR);

        assertThat(status.status()).isEqualTo(Status.AT_RISK);
        assertThat(status.reasonEn()).contains("20 still to admit and only 5 candidates");
    }

    @Test
    void laggingWhenThePeriodEndedShort() {
        assertThat(judge(40, 39, PLENTY, LocalDate.of(2024, 12, 31)).status()).isEqualTo(Status.LAGGING);
    }

    @Test
    void unknownWithoutAQuota() {
        assertThat(RULES.judge(new UnitCode("X"), "X", Metric.ADMISSIONS, YEAR_2024, DAYS_2024, MID_YEAR, null, 3,
                OptionalLong.empty(), Pace.linear()).status()).isEqualTo(Status.UNKNOWN);
    }

    @Test
    void aMonthlyCurveAsksForMoreEarlyWhenAdmissionsClusterBeforeTheAnniversary() {
        Pace february = Pace.byMonth(curve("0.30", "0.45", "0.50", "0.55", "0.60", "0.65", "0.70", "0.75", "0.80",
                "0.85", "0.90", "1"));
        LocalDate endOfFebruary = LocalDate.of(2024, 2, 29);

        UnitStatus linear = RULES.judge(new UnitCode("X"), "X", Metric.ADMISSIONS, YEAR_2024, DAYS_2024, endOfFebruary, 20, 5,
                PLENTY, Pace.linear());
        UnitStatus curved = RULES.judge(new UnitCode("X"), "X", Metric.ADMISSIONS, YEAR_2024, DAYS_2024, endOfFebruary, 20, 5,
                PLENTY, february);

        assertThat(linear.expected()).isEqualTo(3);
        assertThat(linear.status()).isEqualTo(Status.ON_TRACK);
        assertThat(curved.expected()).isEqualTo(9);
        assertThat(curved.status()).isEqualTo(Status.LAGGING);
    }

    @Test
    void aQuarterTakesItsShareOfTheYearlyCurve() {
        Pace curve = Pace.byMonth(curve("0.30", "0.45", "0.50", "0.55", "0.60", "0.65", "0.70", "0.75", "0.80",
                "0.85", "0.90", "1"));
        Period q1 = Period.quarter(2024, 1);

        // By the end of January Q1 is 0.30 of its 0.50: 60% due.
        assertThat(curve.shareDue(q1.from(), q1.until(), LocalDate.of(2024, 1, 31))).isCloseTo(0.6, within());
        // A term runs the curve once a year: by the end of 2021, 2 of 5 years.
        Period term = Period.term(2020, 2024);
        assertThat(curve.shareDue(term.from(), term.until(), LocalDate.of(2021, 12, 31))).isCloseTo(0.4, within());
    }

    @Test
    void refusesACurveThatDoesNotRiseToOne() {
        assertThatThrownBy(() -> Pace.byMonth(curve("0.5", "0.4", "0.5", "0.5", "0.5", "0.5", "0.5", "0.5", "0.5",
                "0.5", "0.5", "1"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Pace.byMonth(curve("0.1"))).isInstanceOf(IllegalArgumentException.class);
    }

    private static UnitStatus judge(int quota, long actual, OptionalLong pipeline, LocalDate asOf) {
        return RULES.judge(new UnitCode("DUK-01"), "Đảng bộ Bệnh viện", Metric.ADMISSIONS, YEAR_2024, DAYS_2024, asOf, quota,
                actual, pipeline, Pace.linear());
    }

    private static List<BigDecimal> curve(String... shares) {
        return java.util.Arrays.stream(shares).map(BigDecimal::new).toList();
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(1e-9);
    }
}
