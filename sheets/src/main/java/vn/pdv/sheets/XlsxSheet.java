package vn.pdv.sheets;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads one sheet of an XLSX workbook as text cells, the way Excel shows them: formulas as their values (so a
 * "Tổng cộng" column computed by =SUM still reads), numbers without a trailing ".0"; date cells read as ISO-8601 dates
 * whatever display format the sheet gives them, since "dd/MM/yy" or "mmm-yy" would lose the century or the day.
 * Merged header cells keep their text in the first cell only, which is what a spanning header means to a parser.
 */
public final class XlsxSheet {

    private XlsxSheet() {
    }

    /** The first sheet. */
    public static List<SheetRow> read(InputStream in) throws IOException {
        return read(in, null);
    }

    /** The named sheet, or the first when {@code sheetName} is null. */
    public static List<SheetRow> read(InputStream in, String sheetName) throws IOException {
        try (Workbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = sheetName == null ? workbook.getSheetAt(0) : workbook.getSheet(sheetName);
            if (sheet == null) {
                throw new IOException("no sheet named " + sheetName);
            }
            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            DataFormatter formatter = new DataFormatter();
            List<SheetRow> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int column = 0; column < Math.max(0, row.getLastCellNum()); column++) {
                    Cell cell = row.getCell(column);
                    cells.add(cell == null ? "" : text(cell, formatter, evaluator));
                }
                rows.add(new SheetRow(row.getRowNum() + 1, cells));
            }
            return rows;
        }
    }

    private static String text(Cell cell, DataFormatter formatter, FormulaEvaluator evaluator) {
        CellType type = cell.getCellType() == CellType.FORMULA ? evaluator.evaluateFormulaCell(cell) : cell.getCellType();
        if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        return formatter.formatCellValue(cell, evaluator);
    }
}
