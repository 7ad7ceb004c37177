package vn.pdv.aggregator.finding;

import java.util.Map;

/**
 * The findings of a unit's subtree in a period, for the inspection committee: how many steps its committees recorded
 * although a deadline or paperwork rule was broken, in total and by rule.
 *
 * @param byRule per rule code (e.g. {@code DECISION_DEADLINE}), in the order of the codes
 * @param rules  what each code of {@code byRule} means, in Vietnamese
 */
public record FindingCount(String unit, String unitName, String period, long total, Map<String, Long> byRule,
                           Map<String, String> rules) {
}
