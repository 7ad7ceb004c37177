package vn.pdv.aggregator.report;

import java.util.function.Function;

/**
 * One column of a report table, the same in every format: a file lays out exactly these columns, so XLSX and CSV
 * never disagree.
 *
 * @param group   the spanning header above it ("Chỉ tiêu", "Kết quả"), null when its own header spans both rows
 * @param width   in characters, for formats that size columns
 * @param value   the cell: an Integer, a Long, a BigDecimal per cent or average, a String, or null for an empty cell
 */
public record Column(String group, String heading, Kind kind, int width, Function<ReportRow, Object> value) {

    /** {@code DECIMAL}: one decimal, not a per cent (an average age). */
    public enum Kind { ORDINAL, TEXT, COUNT, PERCENT, DECIMAL }

    public Object valueOf(ReportRow row) {
        return value.apply(row);
    }
}
