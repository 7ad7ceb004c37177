package vn.pdv.unit.pipeline.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import vn.pdv.sheets.CsvSheet;
import vn.pdv.sheets.SheetRow;
import vn.pdv.sheets.XlsxSheet;
import vn.pdv.unit.decision.Bilingual;

/**
 * Finds the table in an uploaded sympathiser list: the header row is the row among the first {@value #HEADER_ROWS}
 * that names the most known columns (a title and the committee's name usually sit above it); every non-blank row below
 * it is a data row. CSV is read as UTF-8 (what "CSV UTF-8" in Excel and every other tool writes).
 */
final class SympathiserSheet {

    static final int HEADER_ROWS = 10;

    private SympathiserSheet() {
    }

    static List<ListRow> read(String fileName, byte[] content) throws UnreadableFileException {
        return rows(sheet(fileName == null ? "" : fileName, content));
    }

    private static List<SheetRow> sheet(String fileName, byte[] content) throws UnreadableFileException {
        String name = fileName.toLowerCase(Locale.ROOT);
        try {
            if (name.endsWith(".xlsx")) {
                return XlsxSheet.read(new ByteArrayInputStream(content));
            }
            if (name.endsWith(".csv")) {
                return CsvSheet.read(new InputStreamReader(new ByteArrayInputStream(content), StandardCharsets.UTF_8));
            }
        } catch (IOException | RuntimeException unreadable) {
            // POI signals a corrupt or non-OOXML file with unchecked exceptions as often as with IOException.
            throw new UnreadableFileException(Bilingual.of(
                    "Không đọc được tệp " + fileName + " như một bảng tính XLSX/CSV.",
                    "The file " + fileName + " cannot be read as an XLSX/CSV spreadsheet."), unreadable);
        }
        throw new UnreadableFileException(Bilingual.of(
                "Tệp " + fileName + " không phải .csv hoặc .xlsx. Hãy lưu danh sách dưới dạng Excel (.xlsx) hoặc CSV UTF-8.",
                "The file " + fileName + " is neither .csv nor .xlsx. Save the list as Excel (.xlsx) or CSV UTF-8."));
    }

    private static List<ListRow> rows(List<SheetRow> sheet) throws UnreadableFileException {
        int headerIndex = -1;
        Map<Column, Integer> positions = Map.of();
        for (int i = 0; i < Math.min(HEADER_ROWS, sheet.size()); i++) {
            Map<Column, Integer> found = columns(sheet.get(i));
            if (found.size() > positions.size()) {
                headerIndex = i;
                positions = found;
            }
        }
        Map<Column, Integer> header = positions;
        List<Column> missing = Column.required().stream().filter(column -> !header.containsKey(column)).toList();
        if (header.size() < 2) {
            throw new UnreadableFileException(Bilingual.of(
                    "Không tìm thấy dòng tiêu đề trong " + HEADER_ROWS + " dòng đầu. Cần các cột: "
                            + missing.stream().map(column -> column.label).collect(Collectors.joining(", ")) + ".",
                    "No header row in the first " + HEADER_ROWS + " rows. The columns needed are: "
                            + missing.stream().map(column -> column.labelEn + " (" + column.label + ")")
                            .collect(Collectors.joining(", ")) + "."));
        }
        if (!missing.isEmpty()) {
            throw new UnreadableFileException(Bilingual.of(
                    "Dòng tiêu đề (dòng " + sheet.get(headerIndex).line() + ") thiếu cột: "
                            + missing.stream().map(column -> column.label).collect(Collectors.joining(", ")) + ".",
                    "The header row (row " + sheet.get(headerIndex).line() + ") lacks the columns: "
                            + missing.stream().map(column -> column.labelEn + " (" + column.label + ")")
                            .collect(Collectors.joining(", ")) + "."));
        }
        List<ListRow> rows = new ArrayList<>();
        for (SheetRow row : sheet.subList(headerIndex + 1, sheet.size())) {
            Map<Column, String> cells = new EnumMap<>(Column.class);
            header.forEach((column, position) -> cells.put(column, row.cell(position)));
            boolean onlyAnOrdinal = cells.entrySet().stream()
                    .allMatch(cell -> cell.getKey() == Column.ORDINAL || cell.getValue().isBlank());
            if (!onlyAnOrdinal) {
                rows.add(new ListRow(row.line(), cells));
            }
        }
        return rows;
    }

    /** The known columns a row names, at their first position. */
    private static Map<Column, Integer> columns(SheetRow row) {
        Map<Column, Integer> found = new EnumMap<>(Column.class);
        for (int i = 0; i < row.cells().size(); i++) {
            int position = i;
            Column.byHeader(row.cell(i)).ifPresent(column -> found.putIfAbsent(column, position));
        }
        return found;
    }
}
