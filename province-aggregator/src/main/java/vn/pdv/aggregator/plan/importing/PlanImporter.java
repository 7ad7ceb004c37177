package vn.pdv.aggregator.plan.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import vn.pdv.aggregator.plan.PlanChecks;
import vn.pdv.aggregator.plan.PlanContext;
import vn.pdv.aggregator.plan.PlanImport;
import vn.pdv.aggregator.plan.PlanTable;
import vn.pdv.sheets.CsvSheet;
import vn.pdv.sheets.SheetRow;
import vn.pdv.sheets.XlsxSheet;

/**
 * Imports a plan's quota table from CSV or XLSX: reads it, then checks it. Problems in the table come back as
 * warnings in the {@link PlanImport} and the sound rows still load; only a file that cannot be read at all (I/O, not
 * a workbook) throws.
 */
public final class PlanImporter {

    private PlanImporter() {
    }

    public static PlanImport fromCsv(Reader csv, PlanContext context) throws IOException {
        return check(CsvSheet.read(csv), context);
    }

    /** A UTF-8 CSV file, as LibreOffice and Excel ("CSV UTF-8") save it. */
    public static PlanImport fromCsv(Path csv, PlanContext context) throws IOException {
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            return fromCsv(reader, context);
        }
    }

    /** The workbook's first sheet. */
    public static PlanImport fromXlsx(InputStream xlsx, PlanContext context) throws IOException {
        return check(XlsxSheet.read(xlsx), context);
    }

    public static PlanImport fromXlsx(InputStream xlsx, String sheetName, PlanContext context) throws IOException {
        return check(XlsxSheet.read(xlsx, sheetName), context);
    }

    private static PlanImport check(List<SheetRow> rows, PlanContext context) {
        PlanTable table = PlanTableParser.parse(rows, context.defaultPeriod());
        return PlanChecks.check(table, context);
    }
}
