package vn.pdv.aggregator.report.file;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.pdv.aggregator.report.Column;
import vn.pdv.aggregator.report.Heading;
import vn.pdv.aggregator.report.Report;
import vn.pdv.aggregator.report.ReportRow;
import vn.pdv.aggregator.report.Section;

/**
 * A report as a workbook to print, sign and hand in: one sheet per section, each with the title block (superior and
 * issuing committee left, the Party's name and the date right, the title and period centred), the two-row header of
 * the plan tables, bold and frozen, counts and one-decimal per cents as numbers (so a committee can still add them
 * up), a bold total, and A4 landscape, one page wide, the header repeated on every page.
 */
final class XlsxReport {

    /** Party documents are set in Times New Roman. */
    private static final String FONT = "Times New Roman";
    private static final int HEADER_ROW = 7;
    private static final float LINE_POINTS = 15f;

    private XlsxReport() {
    }

    static void write(Report report, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook);
            for (Section section : report.sections()) {
                sheet(workbook.createSheet(WorkbookUtil.createSafeSheetName(section.name())), styles,
                        report.heading(), section);
            }
            workbook.getProperties().getCoreProperties().setTitle(Heading.TITLE + " " + report.heading().periodName());
            workbook.write(out);
        }
    }

    private static void sheet(Sheet sheet, Styles styles, Heading heading, Section section) {
        List<Column> columns = section.columns();
        int last = columns.size() - 1;
        for (int i = 0; i <= last; i++) {
            sheet.setColumnWidth(i, columns.get(i).width() * 256);
        }
        titleBlock(sheet, styles, heading, last);
        text(sheet, 6, 0, last, section.title(), styles.bold);
        header(sheet, styles, columns);

        int rowIndex = HEADER_ROW + 2;
        for (ReportRow row : section.rows()) {
            line(sheet.createRow(rowIndex++), styles, columns, row, false);
        }
        line(sheet.createRow(rowIndex++), styles, columns, section.total(), true);
        rowIndex++;
        int width = columns.stream().mapToInt(Column::width).sum();
        for (String note : section.notes()) {
            Row row = text(sheet, rowIndex++, 0, last, note, styles.note);
            row.setHeightInPoints(height(lines(note, width)));
        }

        sheet.createFreezePane(0, HEADER_ROW + 2);
        sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW + 1, -1, -1));
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setHorizontallyCenter(true);
        sheet.getFooter().setCenter("Trang &P/&N");
    }

    private static void titleBlock(Sheet sheet, Styles styles, Heading heading, int last) {
        int leftEnd = Math.min(1, last);
        text(sheet, 0, 0, leftEnd, heading.superiorLine(), styles.centred);
        text(sheet, 0, leftEnd + 1, last, Heading.PARTY, styles.boldCentred);
        text(sheet, 1, 0, leftEnd, heading.issuerLine(), styles.boldCentred);
        text(sheet, 1, leftEnd + 1, last, heading.dated(), styles.italicCentred);
        text(sheet, 3, 0, last, Heading.TITLE, styles.title);
        text(sheet, 4, 0, last, heading.periodName(), styles.boldCentred);
    }

    /** The plan tables' two header rows: a spanning group above its columns, a lone column spanning both rows. */
    private static void header(Sheet sheet, Styles styles, List<Column> columns) {
        Row groups = sheet.createRow(HEADER_ROW);
        Row headings = sheet.createRow(HEADER_ROW + 1);
        groups.setHeightInPoints(height(1));
        headings.setHeightInPoints(height(3));
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            Cell top = groups.createCell(i);
            Cell bottom = headings.createCell(i);
            top.setCellStyle(styles.header);
            bottom.setCellStyle(styles.header);
            if (column.group() == null) {
                top.setCellValue(column.heading());
                sheet.addMergedRegion(new CellRangeAddress(HEADER_ROW, HEADER_ROW + 1, i, i));
                continue;
            }
            bottom.setCellValue(column.heading());
            boolean first = i == 0 || !column.group().equals(columns.get(i - 1).group());
            if (first) {
                top.setCellValue(column.group());
                int end = i;
                while (end + 1 < columns.size() && column.group().equals(columns.get(end + 1).group())) {
                    end++;
                }
                if (end > i) {
                    sheet.addMergedRegion(new CellRangeAddress(HEADER_ROW, HEADER_ROW, i, end));
                }
            }
        }
    }

    private static void line(Row row, Styles styles, List<Column> columns, ReportRow line, boolean total) {
        int lines = 1;
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            Cell cell = row.createCell(i);
            cell.setCellStyle(styles.of(column.kind(), total));
            switch (column.valueOf(line)) {
                case null -> cell.setBlank();
                case BigDecimal percent -> cell.setCellValue(percent.doubleValue());
                case Number count -> cell.setCellValue(count.doubleValue());
                case Object text -> {
                    cell.setCellValue(text.toString());
                    lines = Math.max(lines, lines(text.toString(), column.width()));
                }
            }
        }
        row.setHeightInPoints(height(lines));
    }

    /** A text cell over {@code from..to} of one row, merged when it spans several columns. */
    private static Row text(Sheet sheet, int rowIndex, int from, int to, String value, CellStyle style) {
        Row row = sheet.getRow(rowIndex) != null ? sheet.getRow(rowIndex) : sheet.createRow(rowIndex);
        Cell cell = row.createCell(from);
        cell.setCellValue(value);
        cell.setCellStyle(style);
        if (to > from) {
            sheet.addMergedRegion(new CellRangeAddress(rowIndex, rowIndex, from, to));
        }
        return row;
    }

    /**
     * Excel and LibreOffice do not grow a row for wrapped text they did not lay out themselves: estimate the lines a
     * text takes. A column {@code n} characters wide holds about 1.25 n characters of 12-point Times.
     */
    private static int lines(String text, int widthInCharacters) {
        return Math.max(1, (int) Math.ceil(text.length() / (widthInCharacters * 1.25)));
    }

    /** Room above and below for stacked Vietnamese diacritics (ỗ, ậ), which a bare 15-point row clips. */
    private static float height(int lines) {
        return 4 + LINE_POINTS * lines;
    }

    /** The few styles a report uses, created once per workbook (Excel caps a workbook's styles). */
    private static final class Styles {

        final CellStyle centred;
        final CellStyle boldCentred;
        final CellStyle italicCentred;
        final CellStyle title;
        final CellStyle bold;
        final CellStyle note;
        final CellStyle header;
        private final CellStyle[] body = new CellStyle[Column.Kind.values().length];
        private final CellStyle[] totals = new CellStyle[Column.Kind.values().length];

        Styles(Workbook workbook) {
            Font plain = font(workbook, false, false, 12);
            Font boldFont = font(workbook, true, false, 12);
            Font italic = font(workbook, false, true, 12);
            centred = style(workbook, plain, HorizontalAlignment.CENTER);
            boldCentred = style(workbook, boldFont, HorizontalAlignment.CENTER);
            italicCentred = style(workbook, italic, HorizontalAlignment.CENTER);
            title = style(workbook, font(workbook, true, false, 14), HorizontalAlignment.CENTER);
            bold = style(workbook, boldFont, HorizontalAlignment.LEFT);
            note = style(workbook, italic, HorizontalAlignment.LEFT);
            note.setWrapText(true);
            header = bordered(workbook, boldFont, HorizontalAlignment.CENTER, null);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            for (Column.Kind kind : Column.Kind.values()) {
                body[kind.ordinal()] = cellStyle(workbook, plain, kind);
                totals[kind.ordinal()] = cellStyle(workbook, boldFont, kind);
            }
        }

        CellStyle of(Column.Kind kind, boolean total) {
            return (total ? totals : body)[kind.ordinal()];
        }

        private static CellStyle cellStyle(Workbook workbook, Font font, Column.Kind kind) {
            return switch (kind) {
                case ORDINAL -> bordered(workbook, font, HorizontalAlignment.CENTER, "0");
                case TEXT -> bordered(workbook, font, HorizontalAlignment.LEFT, null);
                case COUNT -> bordered(workbook, font, HorizontalAlignment.CENTER, "#,##0");
                case PERCENT, DECIMAL -> bordered(workbook, font, HorizontalAlignment.CENTER, "0.0");
            };
        }

        private static CellStyle bordered(Workbook workbook, Font font, HorizontalAlignment alignment, String format) {
            CellStyle style = style(workbook, font, alignment);
            style.setWrapText(true);
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            if (format != null) {
                style.setDataFormat(workbook.createDataFormat().getFormat(format));
            }
            return style;
        }

        private static CellStyle style(Workbook workbook, Font font, HorizontalAlignment alignment) {
            CellStyle style = workbook.createCellStyle();
            style.setFont(font);
            style.setAlignment(alignment);
            style.setVerticalAlignment(VerticalAlignment.CENTER);
            return style;
        }

        private static Font font(Workbook workbook, boolean bold, boolean italic, int points) {
            Font font = workbook.createFont();
            font.setFontName(FONT);
            font.setBold(bold);
            font.setItalic(italic);
            font.setFontHeightInPoints((short) points);
            return font;
        }
    }
}
