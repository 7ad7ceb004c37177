package vn.pdv.aggregator.plan;

/**
 * Where a finding sits in the table as the reader holds it.
 *
 * @param line   the 1-based line of a CSV file or row of a spreadsheet, counting everything above the table
 * @param listed the row's number as printed in the STT column ("24"), blank when the row has none
 */
public record TableRow(int line, String listed) {

    public TableRow {
        if (line < 1) {
            throw new IllegalArgumentException("lines count from 1: " + line);
        }
        listed = listed == null ? "" : listed.strip();
    }

    /** How a person finds the row: by its printed number when it has one, else by its line. */
    public String vietnamese() {
        return listed.isEmpty() ? "dòng " + line : "STT " + listed + " (dòng " + line + ")";
    }

    public String english() {
        return listed.isEmpty() ? "line " + line : "row " + listed + " (line " + line + ")";
    }
}
