package vn.pdv.aggregator.report;

import java.util.List;

/**
 * One table of a report: a sheet of the workbook, a block of the CSV.
 *
 * @param name  short, for a sheet tab (at most 31 characters)
 * @param rows  the units directly beneath in plan order, then, when there are any, the figures recorded at the
 *              reporting unit itself
 * @param total the whole subtree against the reporting unit's own quota
 * @param notes what a reader checking the table must know, e.g. that the quotas beneath do not add up to the unit's
 */
public record Section(String name, String title, List<Column> columns, List<ReportRow> rows, ReportRow total,
                      List<String> notes) {

    public Section {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        notes = List.copyOf(notes);
    }
}
