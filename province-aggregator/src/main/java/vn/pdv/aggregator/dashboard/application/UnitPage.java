package vn.pdv.aggregator.dashboard.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.pdv.aggregator.fulfilment.AdmittedPeople;
import vn.pdv.aggregator.fulfilment.Counter;
import vn.pdv.aggregator.fulfilment.Figure;
import vn.pdv.aggregator.fulfilment.Progress;
import vn.pdv.aggregator.fulfilment.Stage;
import vn.pdv.aggregator.hierarchy.Unit;
import vn.pdv.aggregator.quota.Bounds;
import vn.pdv.aggregator.quota.Period;
import vn.pdv.aggregator.status.UnitStatus;

/**
 * Everything one unit's page shows for a period as of a day, counted by the tree as it stood on each day.
 *
 * @param trail        the unit's ancestors on the day, top first
 * @param bounds       the period's days for this unit: a term's run from its level's congress to the next
 * @param admissions   admissions to the end of {@code asOf}, judged on exactly this period's quota
 * @param sources      the same for sources
 * @param projection   admissions expected by the period's end if the rest of it goes as it has so far against the
 *                     expected pace; null when nothing of the period's pace is due yet
 * @param months       the chart's points: cumulative admissions and the expected pace at each month's end (each
 *                     year's end for a term)
 * @param children     the units beneath it on the day, each judged like the unit
 * @param stock        candidates in each stage now, over the unit's subtree
 * @param notes        what the reader should know about the figures (merged predecessors, quotas of other periods)
 * @param periods      the periods the reader may switch to
 * @param admissionsBy admissions to the end of {@code asOf} by reporting attribute, against the quota's part where
 *                     the plan broke the quota down
 * @param ratios       the plan's ratio targets (e.g. at least 70 % youth-union members), over the period so far
 * @param sourcesBy    sources over the period so far by introducing organisation, against the quota's part
 * @param admitted     the people admitted to the end of {@code asOf} as the statistical form counts them: age bands and
 *                     average age, education, professional level, occupation, organisations that admitted
 */
public record UnitPage(Unit unit, Period period, Bounds bounds, LocalDate asOf, List<Unit> trail, UnitStatus admissions,
                       UnitStatus sources, Long projection, List<Point> months, List<Child> children,
                       Map<Stage, Long> stock, long beforeAdmission, Reporting reporting, List<Progress.Note> notes,
                       List<Period> periods, Map<Counter, Figure> admissionsBy, List<Progress.RatioProgress> ratios,
                       Map<Counter, Figure> sourcesBy, AdmittedPeople admitted) {

    /** @param actual null after the "as of" day: the line stops there */
    public record Point(LocalDate end, Long actual, long expected) {
    }

    /**
     * A unit beneath, judged on the same period and day.
     *
     * @param formerName the name it had before a renaming that took effect on or before the day; null when none
     * @param mergedFrom the units merged into it on or before the day, as they were last named
     */
    public record Child(Unit unit, UnitStatus admissions, String formerName, List<String> mergedFrom) {

        /** Admissions ahead of (positive) or behind (negative) the expected pace. */
        public long gapToPace() {
            return admissions.actual() - admissions.expected();
        }
    }

    /**
     * Which committees of the subtree report.
     *
     * @param latest  when the newest event of any of them reached the province; null when none ever did
     * @param through the committee above whose log carries this unit's figures, when none beneath it keeps one
     */
    public record Reporting(Instant latest, String through, int active, int quiet, int neverSent) {
    }
}
