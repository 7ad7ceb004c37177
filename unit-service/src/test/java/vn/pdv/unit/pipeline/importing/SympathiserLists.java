package vn.pdv.unit.pipeline.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Sympathiser lists as committees keep them, built in the test: CSV text, or an XLSX workbook made with POI. */
public final class SympathiserLists {

    public static final List<String> HEADERS = List.of("STT", "Họ và tên", "Ngày sinh", "Giới tính", "Dân tộc",
            "Tôn giáo", "Đoàn viên thanh niên", "Đoàn viên công đoàn", "Chi bộ", "Ngày vào danh sách cảm tình đảng",
            "Số nghị quyết", "Đảng viên giúp đỡ", "Trình độ văn hóa", "Trình độ chuyên môn", "Nghề nghiệp", "Số CCCD",
            "Điện thoại", "Địa chỉ", "Tổ chức giới thiệu");

    private SympathiserLists() {
    }

    /** A sound row, in {@link #HEADERS} order; change cells with {@link #with}. */
    public static List<Object> aRow(int ordinal, String fullName, String branch) {
        return new ArrayList<>(Arrays.asList(ordinal, fullName, "12/04/2000", "Nữ", "Kinh", "Không", "x", "", branch,
                "15/03/2024", "12-NQ/CB", "DV-0457", "12/12", "Đại học", "Giáo viên", "052300001234", "0905123456",
                "12 Lê Lợi, Quy Nhơn", "Đoàn thanh niên"));
    }

    public static List<Object> with(List<Object> row, String header, Object value) {
        List<Object> changed = new ArrayList<>(row);
        changed.set(HEADERS.indexOf(header), value);
        return changed;
    }

    /** A title line above the header, as printed lists have. */
    @SafeVarargs
    public static String csv(List<Object>... rows) {
        List<String> lines = new ArrayList<>();
        lines.add("DANH SÁCH CẢM TÌNH ĐẢNG");
        lines.add("");
        lines.add(String.join(",", HEADERS));
        for (List<Object> row : rows) {
            lines.add(row.stream().map(cell -> quoted(String.valueOf(cell))).collect(Collectors.joining(",")));
        }
        return String.join("\n", lines) + "\n";
    }

    public static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Dates given as {@link LocalDate} become Excel date cells, numbers numeric cells, the rest text. */
    @SafeVarargs
    public static byte[] xlsx(List<String> headers, List<Object>... rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Danh sách");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            sheet.createRow(0).createCell(0).setCellValue("ĐẢNG ỦY XÃ DUK — DANH SÁCH CẢM TÌNH ĐẢNG");
            Row header = sheet.createRow(2);
            for (int i = 0; i < headers.size(); i++) {
                header.createCell(i).setCellValue(headers.get(i));
            }
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(3 + r);
                for (int i = 0; i < rows[r].size(); i++) {
                    Object value = rows[r].get(i);
                    var cell = row.createCell(i);
                    switch (value) {
                        case LocalDate day -> {
                            cell.setCellValue(day);
                            cell.setCellStyle(date);
                        }
                        case Number number -> cell.setCellValue(number.doubleValue());
                        default -> cell.setCellValue(String.valueOf(value));
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String quoted(String cell) {
        return cell.contains(",") || cell.contains("\"") ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }
}
