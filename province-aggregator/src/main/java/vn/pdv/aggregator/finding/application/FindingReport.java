package vn.pdv.aggregator.finding.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import vn.pdv.aggregator.finding.FindingCount;
import vn.pdv.aggregator.finding.Findings;
import vn.pdv.aggregator.finding.RuleNames;
import vn.pdv.aggregator.hierarchy.Hierarchy;
import vn.pdv.aggregator.hierarchy.Span;
import vn.pdv.aggregator.hierarchy.Unit;
import vn.pdv.aggregator.hierarchy.UnitCode;
import vn.pdv.aggregator.hierarchy.UnitTree;
import vn.pdv.aggregator.quota.Bounds;
import vn.pdv.aggregator.quota.Period;
import vn.pdv.aggregator.quota.Terms;

/**
 * Answers "how many steps did this unit's committees record although a deadline or paperwork rule was broken, in this
 * period": its subtree's findings counted by the tree of each day, as the figures are ({@link UnitTree#subtree}).
 */
@Service
public class FindingReport {

    private final Hierarchy hierarchy;
    private final Findings findings;
    private final Terms terms;
    private final Clock clock;

    FindingReport(Hierarchy hierarchy, Findings findings, Terms terms, Clock clock) {
        this.hierarchy = hierarchy;
        this.findings = findings;
        this.terms = terms;
        this.clock = clock;
    }

    /** Empty when the unit is unknown. */
    public Optional<FindingCount> of(UnitCode code, Period period) {
        return of(hierarchy.tree(), code, period);
    }

    /** Like {@link #of(UnitCode, Period)}, on a tree the caller read once for many units. */
    public Optional<FindingCount> of(UnitTree tree, UnitCode code, Period period) {
        Optional<Unit> unit = tree.latest(code);
        if (unit.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Long> byRule = new TreeMap<>();
        // A term's days as the progress report counts them: from the unit's congress to the next when configured.
        Bounds bounds = terms.bounds(period, tree, code, LocalDate.now(clock));
        for (Span span : tree.subtree(code, bounds.from(), bounds.until())) {
            findings.count(span.units(), span.from(), span.until())
                    .forEach((rule, count) -> byRule.merge(rule, count, Long::sum));
        }
        long total = byRule.values().stream().mapToLong(Long::longValue).sum();
        return Optional.of(new FindingCount(code.value(), unit.get().name(), period.code(), total, byRule,
                RuleNames.of(byRule.keySet())));
    }
}
