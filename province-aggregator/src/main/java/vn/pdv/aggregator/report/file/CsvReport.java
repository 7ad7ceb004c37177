package vn.pdv.aggregator.report.file;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import vn.pdv.aggregator.report.Column;
import vn.pdv.aggregator.report.Heading;
import vn.pdv.aggregator.report.Report;
import vn.pdv.aggregator.report.ReportRow;
import vn.pdv.aggregator.report.Section;

/**
 * A report as CSV: UTF-8 with a byte-order mark, without which Excel reads Vietnamese as Windows-1258 mojibake;
 * RFC 4180 (comma, CRLF, fields quoted when they hold a comma, a quote or a line break). The title block comes first,
 * one line each (no superior's line at the top of the tree); then, after a blank line, each section: its title, the
 * two header lines as the plan CSVs have them (a spanning header in its first cell only), the units, the total and
 * the notes.
 *
 * <p>Known limit: per cent uses a decimal point; Excel set to a Vietnamese locale (decimal comma, semicolon lists)
 * reads the file best through Data → From Text, or use the XLSX.
 */
final class CsvReport {

    private static final String CRLF = "\r\n";

    private CsvReport() {
    }

    static void write(Report report, OutputStream out) throws IOException {
        Writer csv = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        csv.write('\uFEFF');
        Heading heading = report.heading();
        for (String line : List.of(heading.superiorLine(), heading.issuerLine(), Heading.PARTY, heading.dated(),
                Heading.TITLE, heading.periodName())) {
            if (!line.isEmpty()) {
                line(csv, List.of(defused(line)));
            }
        }
        for (Section section : report.sections()) {
            line(csv, List.of());
            line(csv, List.of(defused(section.title())));
            List<Column> columns = section.columns();
            List<String> groups = new ArrayList<>();
            List<String> headings = new ArrayList<>();
            for (int i = 0; i < columns.size(); i++) {
                Column column = columns.get(i);
                boolean firstOfGroup = column.group() != null
                        && (i == 0 || !column.group().equals(columns.get(i - 1).group()));
                groups.add(column.group() == null ? column.heading() : firstOfGroup ? column.group() : "");
                headings.add(column.group() == null ? "" : column.heading());
            }
            line(csv, groups);
            line(csv, headings);
            for (ReportRow row : section.rows()) {
                line(csv, cells(columns, row));
            }
            line(csv, cells(columns, section.total()));
            for (String note : section.notes()) {
                line(csv, List.of(defused(note)));
            }
        }
        csv.flush();
    }

    private static List<String> cells(List<Column> columns, ReportRow row) {
        return columns.stream().map(column -> text(column.valueOf(row))).toList();
    }

    private static String text(Object value) {
        return switch (value) {
            case null -> "";
            case BigDecimal percent -> percent.toPlainString();
            case String text -> defused(text);
            default -> value.toString();
        };
    }

    /**
     * A text that Excel would run as a formula (a unit named "=HYPERLINK(…)") is prefixed with an apostrophe, as
     * OWASP advises for CSV meant for spreadsheets: names come from every committee's registrations.
     */
    private static String defused(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private static void line(Writer csv, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.write(',');
            }
            csv.write(quoted(cells.get(i)));
        }
        csv.write(CRLF);
    }

    /** RFC 4180 §2.6–2.7: quote a field that holds a comma, a quote or a line break, doubling its quotes. */
    static String quoted(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }
}
