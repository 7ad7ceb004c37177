package vn.pdv.aggregator.fulfilment;

import java.util.Map;
import vn.pdv.aggregator.quota.Metric;

/**
 * A unit's progress in a period, its whole subtree counted.
 *
 * @param period       the period's code: "2024", "2024-H1", "2024-Q2", "2020-2025"
 *
 * @param admissionsBy admissions by reporting attribute; quota where the plan broke it down
 * @param sourcesBy    sources by introducing organisation; quota where the plan asked for some from one (seed 002)
 * @param unitsCounted how many units (the unit and everything beneath it) the actuals add up
 * @param pipeline     the period's other pipeline counts (sympathisers added and removed, certificates, recognitions,
 *                     exits), no quota
 * @param stock        how many candidates stand in each stage right now, whatever the period
 */
public record Progress(String unit, String name, String period, Figure admissions, Map<Counter, Figure> admissionsBy,
                       Figure sources, Map<Counter, Figure> sourcesBy, int unitsCounted, Map<Metric, Long> pipeline,
                       Map<Stage, Long> stock) {
}
