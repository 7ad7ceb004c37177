package vn.pdv.aggregator.fulfilment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.pdv.aggregator.plan.Fulfilment;
import vn.pdv.aggregator.quota.Metric;

/**
 * A unit's progress in a period, its whole subtree counted as the tree stood on each day of the period.
 *
 * @param period       the period's code: "2024", "2024-H1", "2024-Q2", "2020-2025"
 * @param admissionsBy admissions by reporting attribute; quota where the plan broke it down
 * @param sourcesBy    sources by introducing organisation; quota where the plan asked for some from one (seed 002)
 * @param unitsCounted how many units (the unit, everything beneath it, and merged predecessors) the actuals add up
 * @param pipeline     the period's other pipeline counts (sympathisers added and removed, certificates, recognitions,
 *                     exits) and the classes held (awareness, new-member), no quota
 * @param stock        how many candidates stand in each stage right now, whatever the period
 * @param plans        the plan each of this period's quotas comes from
 * @param otherPeriods quotas of the same unit for periods that overlap this one (the term a year lies in, the
 *                     quarters of a year), each against its own actuals: a year without a quota of its own says so
 *                     here and in {@code notes} rather than inventing one
 * @param ratios       the plan's ratio and range targets for this unit and period (shares of admissions or of
 *                     membership, the classes to hold), and whether they are met
 * @param predecessors units merged into this one whose days before the merge are counted here
 * @param notes        what a reader should know about the figures, in Vietnamese and English
 * @param categories   the people admitted as the statistical form counts them: "of which" parts, age bands, average
 *                     age, education, professional level, occupation, organisations that admitted / with sources
 */
public record Progress(String unit, String name, String period, Figure admissions, Map<Counter, Figure> admissionsBy,
                       Figure sources, Map<Counter, Figure> sourcesBy, int unitsCounted, Map<Metric, Long> pipeline,
                       Map<Stage, Long> stock, Map<Metric, PlanCited> plans, List<OtherPeriod> otherPeriods,
                       List<RatioProgress> ratios, List<String> predecessors, List<Note> notes,
                       AdmittedPeople categories) {

    /** @param issuedBy the committee's code; {@code issuingBody} the body as the plan prints it, when known */
    public record PlanCited(String number, LocalDate issuedOn, String issuingBody, String issuedBy) {
    }

    public record OtherPeriod(String period, Metric metric, Figure figure, String plan) {
    }

    /**
     * A ratio or range target against the figures. {@code met} and {@code fulfilment} are null when it cannot be judged
     * (nothing admitted yet, or the membership count not given); {@code met} is true when it is met or exceeded.
     *
     * @param attribute      for a share of admissions, e.g. YOUTH_UNION; null for a share of membership or a count
     * @param part           admissions with the attribute, all admissions for a share of membership, or the classes
     *                       held for a count of classes
     * @param whole          all admissions, or the membership count; null when not known, and for a count
     * @param fulfilment     below the target NOT_MET, within MET, above a range's top EXCEEDED
     * @param target         which target: {@code YOUTH_UNION_SHARE} (an attribute's share), {@code MEMBERSHIP_SHARE},
     *                       {@code AWARENESS_CLASSES} (seed 001's "4–5 classes a year")
 * @param metric         what the target counts: ADMISSIONS for the shares, AWARENESS_CLASSES for the classes
     * @param atLeastCount   for a count, the bottom of its range; else null
     * @param atMostCount    for a count, the top of its range; else null
     * @param expectedByNow  when judged part-way through the period (status): how many the bottom of the target asks
     *                       for by the day at the expected pace, the figure below which it is NOT_MET; null when
     *                       judged on the whole period or when the pace does not apply (a share of admissions)
     */
    public record RatioProgress(String attribute, BigDecimal atLeastPercent, BigDecimal atMostPercent, long part,
                                Long whole, BigDecimal actualPercent, Boolean met, Fulfilment fulfilment,
                                String fulfilmentVi, String plan, String vietnamese, String english, String target,
                                Metric metric, Integer atLeastCount, Integer atMostCount, Long expectedByNow) {

        public static final String MEMBERSHIP_SHARE = "MEMBERSHIP_SHARE";

        /** The target of an attribute's share of admissions, e.g. {@code YOUTH_UNION_SHARE}. */
        public static String shareOf(String attribute) {
            return attribute + "_SHARE";
        }
    }

    public record Note(String vietnamese, String english) {
    }
}
