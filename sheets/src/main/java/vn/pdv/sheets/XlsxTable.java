package vn.pdv.sheets;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes one table as a workbook a committee opens in Excel and prints: a bold title line, a bold header row frozen in
 * place and repeated on every printed page, then the rows; numbers as numbers and days as dates ({@code dd/mm/yyyy}), so
 * a list can still be sorted and added up; Times New Roman, as Party documents are set. The counterpart of
 * {@link XlsxSheet}: what one writes, the other reads back.
 */
public final class XlsxTable {

    private static final String FONT = "Times New Roman";

    private XlsxTable() {
    }

    /**
     * @param rows cells as {@link Number}, {@link LocalDate}, or anything else as its text; null leaves a cell empty
     */
    public static void write(String sheetName, String title, List<String> headers, List<List<Object>> rows,
                             OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(sheetName));
            CellStyle plain = style(workbook, false);
            CellStyle bold = style(workbook, true);
            CellStyle day = style(workbook, false);
            day.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));

            Cell heading = sheet.createRow(0).createCell(0);
            heading.setCellValue(title);
            heading.setCellStyle(bold);
            Row header = sheet.createRow(2);
            for (int i = 0; i < headers.size(); i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(headers.get(i));
                cell.setCellStyle(bold);
            }
            int[] widths = headers.stream().mapToInt(String::length).toArray();
            int index = 3;
            for (List<Object> values : rows) {
                Row row = sheet.createRow(index++);
                for (int i = 0; i < values.size(); i++) {
                    Object value = values.get(i);
                    if (value == null) {
                        continue;
                    }
                    Cell cell = row.createCell(i);
                    switch (value) {
                        case Number number -> {
                            cell.setCellValue(number.doubleValue());
                            cell.setCellStyle(plain);
                        }
                        case LocalDate date -> {
                            cell.setCellValue(date);
                            cell.setCellStyle(day);
                        }
                        default -> {
                            cell.setCellValue(value.toString());
                            cell.setCellStyle(plain);
                        }
                    }
                    if (i < widths.length) {
                        widths[i] = Math.max(widths[i], value instanceof LocalDate ? 10 : value.toString().length());
                    }
                }
            }
            for (int i = 0; i < widths.length; i++) {
                sheet.setColumnWidth(i, Math.min(60, widths[i] + 3) * 256);
            }
            sheet.createFreezePane(0, 3);
            sheet.setRepeatingRows(new CellRangeAddress(2, 2, -1, -1));
            workbook.getProperties().getCoreProperties().setTitle(title);
            workbook.write(out);
        }
    }

    private static CellStyle style(XSSFWorkbook workbook, boolean bold) {
        Font font = workbook.createFont();
        font.setFontName(FONT);
        font.setFontHeightInPoints((short) 12);
        font.setBold(bold);
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        return style;
    }
}
