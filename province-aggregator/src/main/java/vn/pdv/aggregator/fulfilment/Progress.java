package vn.pdv.aggregator.fulfilment;

import java.util.Map;
import vn.pdv.aggregator.quota.Metric;

/**
 * A unit's progress in a year, its whole subtree counted.
 *
 * @param admissionsBy admissions by reporting attribute; quota where the plan broke it down
 * @param unitsCounted how many units (the unit and everything beneath it) the actuals add up
 * @param pipeline     the year's other pipeline counts (sympathisers added and removed, certificates, recognitions,
 *                     exits), no quota
 */
public record Progress(String unit, String name, int year, Figure admissions, Map<Counter, Figure> admissionsBy,
                       Figure sources, int unitsCounted, Map<Metric, Long> pipeline) {
}
