package vn.pdv.aggregator.plan;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.pdv.aggregator.quota.Period;
import vn.pdv.aggregator.quota.PlanReference;

/**
 * A plan's quota table as read from a file, independent of the file's format, before it is checked.
 *
 * @param plan     the plan reference printed above the table, if the reader found one
 * @param targets  the plan's own targets stated above the table, if the reader found them
 * @param periods  the periods the table has columns for, in column order
 * @param rows     the unit rows, in table order
 * @param totalRow the table's own "Tổng cộng" row, if it prints one
 * @param warnings what the reader could not make sense of (no header, a period without a total column)
 */
public record PlanTable(Optional<PlanReference> plan, List<PlanTarget> targets, List<Period> periods,
                        List<PlanRow> rows, Optional<PlanRow> totalRow, List<PlanWarning> warnings) {

    public PlanTable {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(totalRow, "totalRow");
        targets = List.copyOf(targets);
        periods = List.copyOf(periods);
        rows = List.copyOf(rows);
        warnings = List.copyOf(warnings);
    }
}
