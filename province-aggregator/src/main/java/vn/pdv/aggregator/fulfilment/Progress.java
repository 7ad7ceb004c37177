package vn.pdv.aggregator.fulfilment;

import java.util.Map;

/**
 * A unit's progress in a year, its whole subtree counted.
 *
 * @param admissionsBy admissions by reporting attribute; quota where the plan broke it down
 * @param unitsCounted how many units (the unit and everything beneath it) the actuals add up
 */
public record Progress(String unit, String name, int year, Figure admissions, Map<Counter, Figure> admissionsBy,
                       Figure sources, int unitsCounted) {
}
