package vn.pdv.aggregator.finding;

import java.time.LocalDate;
import java.util.List;
import vn.pdv.aggregator.hierarchy.Origin;
import vn.pdv.aggregator.hierarchy.UnitCode;

/**
 * What one event adds to a unit's count of findings on the day its step happened: one to each rule it names.
 *
 * @param rules the broken rules' codes as the unit service names them (e.g. {@code DECISION_DEADLINE}); a rule may
 *              appear once per finding
 */
public record Found(Origin origin, UnitCode unit, LocalDate on, List<String> rules) {

    public Found {
        rules = List.copyOf(rules);
    }
}
