package vn.pdv.aggregator.plan.importing;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads one sheet of an XLSX workbook as text cells, the way Excel shows them: formulas as their values (so a
 * "Tổng cộng" column computed by =SUM still reads), numbers without a trailing ".0". Merged header cells keep their
 * text in the first cell only, which is what the table parser expects of a spanning header.
 */
final class XlsxSheet {

    private XlsxSheet() {
    }

    /** The first sheet. */
    static List<SheetRow> read(InputStream in) throws IOException {
        return read(in, null);
    }

    /** The named sheet, or the first when {@code sheetName} is null. */
    static List<SheetRow> read(InputStream in, String sheetName) throws IOException {
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
                    cells.add(cell == null ? "" : formatter.formatCellValue(cell, evaluator));
                }
                rows.add(new SheetRow(row.getRowNum() + 1, cells));
            }
            return rows;
        }
    }
}
