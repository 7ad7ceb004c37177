package vn.pdv.aggregator.plan;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.pdv.aggregator.hierarchy.UnitCode;

/**
 * A problem found in a plan, reported and not thrown: the import goes on and loads what is sound. Says where
 * (row, unit), which rule, in Vietnamese first with an English counterpart, and the figures involved so that a
 * screen can show them without parsing the message.
 *
 * @param row    the table row at fault; empty for findings about the plan as a whole
 * @param unit   the unit concerned, when the finding is about one
 * @param values the figures involved, e.g. {@code total=8, part=10}
 */
public record PlanWarning(Optional<TableRow> row, Optional<UnitCode> unit, Rule rule, String messageVi,
                          String messageEn, Map<String, Object> values) {

    /** Stable codes clients can switch on. What each does to the import is in its description. */
    public enum Rule {
        /** No "STT" header row was found; nothing loads. */
        HEADER_NOT_FOUND,
        /** Neither the caller nor the file gives the plan's number; nothing loads, since every quota must cite it. */
        PLAN_REFERENCE_MISSING,
        /** No issuing unit given and none readable from the plan number; nothing loads. */
        ISSUING_UNIT_MISSING,
        /** A period the plan is expected to cover, or sets a target for, has no columns. */
        PERIOD_COLUMNS_MISSING,
        /** A period's columns include no total column; that period does not load. */
        TOTAL_COLUMN_MISSING,
        /** A row with figures but no unit name; the row does not load. */
        UNIT_NAME_MISSING,
        /** The unit-code cell is not a code; the row does not load. */
        UNIT_CODE_INVALID,
        /** The type cell is neither "Đảng bộ" nor "Chi bộ" nor another known level; the row loads. */
        UNIT_KIND_UNKNOWN,
        /** The unit is not in the known-unit list; the row loads, to be attached when the unit registers. */
        UNIT_UNKNOWN,
        /** The unit appeared on an earlier row; this row does not load, the earlier one stands. */
        DUPLICATE_UNIT,
        /** The printed row numbers skip or repeat; the row loads. */
        ROW_NUMBER_OUT_OF_SEQUENCE,
        /** The total cell is blank; that period's quota does not load. */
        TOTAL_MISSING,
        /** A cell is not a whole number; a bad total stops that quota, a bad part drops the breakdown. */
        NOT_A_NUMBER,
        /** A cell is negative; a negative total stops that quota, a negative part drops the breakdown. */
        NEGATIVE_NUMBER,
        /** A part is larger than the total; the total loads without its breakdown. */
        BREAKDOWN_EXCEEDS_TOTAL,
        /** The parts that should add up to the total do not; the total loads without its breakdown. */
        BREAKDOWN_DOES_NOT_ADD_UP,
        /** A unit flagged as having no sources was given a quota it cannot meet; it loads. */
        QUOTA_WITHOUT_SOURCES,
        /** The table's own total row disagrees with the sum of its rows. */
        TOTAL_ROW_MISMATCH,
        /** The quotas handed down add up to less than the plan's own target. */
        QUOTA_SUM_BELOW_TARGET,
        /** The quotas handed down add up to more than the plan's own target. */
        QUOTA_SUM_ABOVE_TARGET,
        /** The quotas' breakdown gives an attribute a smaller share than the plan's ratio target. */
        SHARE_BELOW_TARGET,
        /** The plan's target is outside the share of membership the plan or its superior asks for. */
        MEMBERSHIP_RATE_OUTSIDE_TARGET,
        /** The plan's own target is lower than the quota its issuing committee received from above. */
        PLAN_TARGET_BELOW_RECEIVED,
        /** A committee handed down less than it received, in total or for an attribute. */
        ASSIGNED_BELOW_RECEIVED
    }

    public PlanWarning {
        Objects.requireNonNull(row, "row");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(messageVi, "messageVi");
        Objects.requireNonNull(messageEn, "messageEn");
        values = Map.copyOf(values);
    }

    public static PlanWarning atRow(TableRow row, UnitCode unit, Rule rule, String messageVi, String messageEn,
                                    Map<String, Object> values) {
        return new PlanWarning(Optional.of(row), Optional.ofNullable(unit), rule, messageVi, messageEn, values);
    }

    public static PlanWarning forPlan(Rule rule, String messageVi, String messageEn, Map<String, Object> values) {
        return new PlanWarning(Optional.empty(), Optional.empty(), rule, messageVi, messageEn, values);
    }

    public static PlanWarning forUnit(UnitCode unit, Rule rule, String messageVi, String messageEn,
                                      Map<String, Object> values) {
        return new PlanWarning(Optional.empty(), Optional.of(unit), rule, messageVi, messageEn, values);
    }

    /** The printed row number, or blank for plan-wide findings; what tests and screens sort and filter by. */
    public String listedRow() {
        return row.map(TableRow::listed).orElse("");
    }
}
