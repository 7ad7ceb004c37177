package vn.pdv.aggregator.plan.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.pdv.aggregator.plan.PlanContext;
import vn.pdv.aggregator.plan.PlanImport;
import vn.pdv.sheets.CsvSheet;
import vn.pdv.sheets.SheetRow;

/**
 * The XLSX path reads seed 001 exactly as the CSV path does. The workbook is built here, as province staff would
 * have it: merged header cells, numbers as numbers, and totals as =SUM formulas wherever the printed total is the
 * sum of its parts (everywhere but row 24 in 2024, which keeps its printed 8).
 */
class XlsxPlanImportTest {

    @Test
    void readsSeed001FromAWorkbookExactlyAsFromTheCsv() throws IOException {
        PlanImport fromCsv = SeedPlan.imported(PlanContext.none());

        PlanImport fromXlsx = PlanImporter.fromXlsx(new ByteArrayInputStream(seedWorkbook()), PlanContext.none());

        assertThat(fromXlsx).isEqualTo(fromCsv);
        assertThat(fromXlsx.quotas()).hasSize(110);
        assertThat(fromXlsx.warnings()).hasSize(4);
    }

    @Test
    void readsANamedSheet() throws IOException {
        PlanImport imported = PlanImporter.fromXlsx(new ByteArrayInputStream(seedWorkbook()), "104-KH-ĐUK",
                PlanContext.none());

        assertThat(imported.units()).hasSize(55);
    }

    /** Seed 001 laid out in a sheet at the same row numbers as the CSV's lines, so row references agree. */
    static byte[] seedWorkbook() throws IOException {
        List<SheetRow> rows = CsvSheet.read(new StringReader(SeedPlan.text()));
        try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("104-KH-ĐUK");
            for (SheetRow csvRow : rows) {
                Row row = sheet.createRow(csvRow.line() - 1);
                for (int column = 0; column < csvRow.cells().size(); column++) {
                    String text = csvRow.cell(column);
                    if (text.isEmpty()) {
                        continue;
                    }
                    Cell cell = row.createCell(column);
                    if (text.matches("\\d+")) {
                        cell.setCellValue(Integer.parseInt(text));
                    } else {
                        cell.setCellValue(text);
                    }
                }
                if (csvRow.cell(4).equals("Năm 2024")) {
                    sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), 4, 6));
                    sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), 7, 9));
                }
                if (csvRow.cell(0).equals("STT")) {
                    sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), 2, 3));
                }
                if (csvRow.cell(0).matches("\\d+")) {
                    sumWhereThePrintedTotalIsTheSum(row, 4);
                    sumWhereThePrintedTotalIsTheSum(row, 7);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static void sumWhereThePrintedTotalIsTheSum(Row row, int totalColumn) {
        Cell total = row.getCell(totalColumn);
        double youth = row.getCell(totalColumn + 1).getNumericCellValue();
        double trade = row.getCell(totalColumn + 2).getNumericCellValue();
        if (total.getNumericCellValue() == youth + trade) {
            String youthRef = new CellReference(row.getRowNum(), totalColumn + 1).formatAsString();
            String tradeRef = new CellReference(row.getRowNum(), totalColumn + 2).formatAsString();
            total.setCellFormula("SUM(" + youthRef + "," + tradeRef + ")");
        }
    }
}
