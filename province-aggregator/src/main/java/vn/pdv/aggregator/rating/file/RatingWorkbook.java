package vn.pdv.aggregator.rating.file;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.pdv.aggregator.fulfilment.Figure;
import vn.pdv.aggregator.plan.Fulfilment;
import vn.pdv.aggregator.quota.Period;
import vn.pdv.aggregator.rating.Rating;
import vn.pdv.aggregator.rating.application.Ratings;
import vn.pdv.aggregator.report.Heading;

/**
 * The ratings as the list a standing committee works from at year end: the report's title block, then the units in
 * four groups — exceeded (to commend), met, not met (to correct), and without quota — each unit with its quotas, what
 * it reached, its ratio targets judged, its rating and the proposal. Counts are numbers; the groups are numbered I–IV
 * and the units within each from 1, as such lists are printed. A year still running says so under the title.
 */
public final class RatingWorkbook {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String TITLE = "DANH SÁCH ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN CHỈ TIÊU PHÁT TRIỂN ĐẢNG VIÊN";
    static final List<String> HEADINGS = List.of("STT", "Tổ chức đảng", "Chỉ tiêu kết nạp", "Đã kết nạp",
            "Tỷ lệ % so với chỉ tiêu", "Chỉ tiêu tạo nguồn", "Đã tạo nguồn", "Chỉ tiêu tỷ lệ và kết quả",
            "Đánh giá", "Đề nghị");
    private static final int[] WIDTHS = {6, 40, 11, 11, 12, 11, 11, 50, 12, 22};
    private static final String FONT = "Times New Roman";
    private static final int HEADER_ROW = 7;

    private record Group(String title, Optional<Fulfilment> rating) {
    }

    private static final List<Group> GROUPS = List.of(
            new Group("I. HOÀN THÀNH VƯỢT CHỈ TIÊU (đề nghị biểu dương, khen thưởng)", Optional.of(Fulfilment.EXCEEDED)),
            new Group("II. HOÀN THÀNH CHỈ TIÊU", Optional.of(Fulfilment.MET)),
            new Group("III. KHÔNG HOÀN THÀNH CHỈ TIÊU (đề nghị chấn chỉnh, kiểm điểm)", Optional.of(Fulfilment.NOT_MET)),
            new Group("IV. CHƯA ĐƯỢC GIAO CHỈ TIÊU", Optional.empty()));

    private RatingWorkbook() {
    }

    /** The file name: danh-gia-DUK-2024.xlsx. */
    public static String fileName(Ratings.RatingList list) {
        return "danh-gia-" + list.unit().value() + "-" + list.year() + ".xlsx";
    }

    public static byte[] write(Ratings.RatingList list) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Đánh giá năm " + list.year());
            Styles styles = new Styles(workbook);
            int last = HEADINGS.size() - 1;
            for (int i = 0; i <= last; i++) {
                sheet.setColumnWidth(i, WIDTHS[i] * 256);
            }
            Heading heading = new Heading(list.superior(), list.name(), list.unit(), Period.year(list.year()),
                    list.generatedOn());
            text(sheet, 0, 0, 1, heading.superiorLine(), styles.centred);
            text(sheet, 0, 2, last, Heading.PARTY, styles.bold);
            text(sheet, 1, 0, 1, heading.issuerLine(), styles.bold);
            text(sheet, 1, 2, last, heading.dated(), styles.italic);
            text(sheet, 3, 0, last, TITLE + " NĂM " + list.year(), styles.title);
            text(sheet, 4, 0, last, "(Làm căn cứ đánh giá, xếp loại chất lượng cuối năm; biểu dương, khen thưởng "
                    + "và chấn chỉnh các tổ chức đảng)", styles.italic);
            boolean provisional = list.ratings().stream().anyMatch(Rating::provisional);
            if (provisional) {
                text(sheet, 5, 0, last, "Số liệu tạm tính đến ngày "
                        + list.asOf().format(DateTimeFormatter.ofPattern("dd/MM/yyyy")) + "; năm chưa kết thúc.",
                        styles.italic);
            }
            Row header = sheet.createRow(HEADER_ROW);
            for (int i = 0; i <= last; i++) {
                cell(header, i, HEADINGS.get(i), styles.header);
            }
            int rowIndex = HEADER_ROW + 1;
            for (Group group : GROUPS) {
                List<Rating> members = list.ratings().stream().filter(r -> r.overall().equals(group.rating())).toList();
                text(sheet, rowIndex++, 0, last, group.title() + ": " + members.size() + " tổ chức", styles.group);
                int number = 1;
                for (Rating rating : members) {
                    line(sheet.createRow(rowIndex++), styles, number++, rating);
                }
            }
            sheet.createFreezePane(0, HEADER_ROW + 1);
            sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW, -1, -1));
            PrintSetup print = sheet.getPrintSetup();
            print.setLandscape(true);
            print.setPaperSize(PrintSetup.A4_PAPERSIZE);
            sheet.setFitToPage(true);
            print.setFitWidth((short) 1);
            print.setFitHeight((short) 0);
            workbook.getProperties().getCoreProperties().setTitle(TITLE + " NĂM " + list.year());
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException writing) {
            throw new UncheckedIOException(writing);
        }
    }

    private static void line(Row row, Styles styles, int number, Rating rating) {
        cell(row, 0, number, styles.number);
        cell(row, 1, "    ".repeat(Math.max(0, rating.depth() - 1)) + rating.name(), styles.text);
        count(row, 2, rating.admissions() == null ? null : rating.admissions().quota(), styles);
        cell(row, 3, rating.admissions() == null ? 0 : rating.admissions().actual(), styles.number);
        Figure admissions = rating.admissions();
        if (admissions != null && admissions.percentOfPlan() != null) {
            cell(row, 4, admissions.percentOfPlan().doubleValue(), styles.percent);
        } else {
            cell(row, 4, "", styles.text);
        }
        count(row, 5, rating.sources() == null ? null : rating.sources().quota(), styles);
        cell(row, 6, rating.sources() == null ? 0 : rating.sources().actual(), styles.number);
        // The plans' own targets beside the quotas: the shares, and seed 001's yearly range of classes.
        String ratios = String.join("\n", rating.inputs().stream()
                .filter(input -> input.what().endsWith("_SHARE") || input.what().equals("AWARENESS_CLASSES"))
                .map(Rating.Input::vietnamese).toList());
        cell(row, 7, ratios, styles.wrapped);
        cell(row, 8, rating.overall().map(Fulfilment::vietnamese).map(RatingWorkbook::capitalised).orElse(""),
                styles.centredBordered);
        cell(row, 9, rating.proposalVi().orElse(""), styles.text);
        long lines = Math.max(1, ratios.lines().count());
        row.setHeightInPoints(15f * lines + 3);
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static void count(Row row, int column, Integer value, Styles styles) {
        if (value == null) {
            cell(row, column, "", styles.text);
        } else {
            cell(row, column, value, styles.number);
        }
    }

    private static void cell(Row row, int column, Object value, CellStyle style) {
        Cell cell = row.createCell(column);
        switch (value) {
            case Number number -> cell.setCellValue(number.doubleValue());
            default -> cell.setCellValue(String.valueOf(value));
        }
        cell.setCellStyle(style);
    }

    private static void text(Sheet sheet, int rowIndex, int from, int to, String value, CellStyle style) {
        Row row = sheet.getRow(rowIndex) == null ? sheet.createRow(rowIndex) : sheet.getRow(rowIndex);
        Cell cell = row.createCell(from);
        cell.setCellValue(value);
        cell.setCellStyle(style);
        if (to > from) {
            sheet.addMergedRegion(new CellRangeAddress(rowIndex, rowIndex, from, to));
        }
    }

    private static final class Styles {
        final CellStyle centred;
        final CellStyle bold;
        final CellStyle italic;
        final CellStyle title;
        final CellStyle header;
        final CellStyle group;
        final CellStyle text;
        final CellStyle wrapped;
        final CellStyle centredBordered;
        final CellStyle number;
        final CellStyle percent;

        Styles(Workbook workbook) {
            Font plain = font(workbook, false, false, 12);
            Font boldFont = font(workbook, true, false, 12);
            centred = style(workbook, plain, HorizontalAlignment.CENTER, false);
            bold = style(workbook, boldFont, HorizontalAlignment.CENTER, false);
            italic = style(workbook, font(workbook, false, true, 12), HorizontalAlignment.CENTER, false);
            title = style(workbook, font(workbook, true, false, 14), HorizontalAlignment.CENTER, false);
            header = style(workbook, boldFont, HorizontalAlignment.CENTER, true);
            header.setWrapText(true);
            group = style(workbook, boldFont, HorizontalAlignment.LEFT, true);
            text = style(workbook, plain, HorizontalAlignment.LEFT, true);
            wrapped = style(workbook, plain, HorizontalAlignment.LEFT, true);
            wrapped.setWrapText(true);
            centredBordered = style(workbook, boldFont, HorizontalAlignment.CENTER, true);
            number = style(workbook, plain, HorizontalAlignment.RIGHT, true);
            number.setDataFormat(workbook.createDataFormat().getFormat("0"));
            percent = style(workbook, plain, HorizontalAlignment.RIGHT, true);
            percent.setDataFormat(workbook.createDataFormat().getFormat("0.0"));
        }

        private static CellStyle style(Workbook workbook, Font font, HorizontalAlignment alignment, boolean bordered) {
            CellStyle style = workbook.createCellStyle();
            style.setFont(font);
            style.setAlignment(alignment);
            style.setVerticalAlignment(VerticalAlignment.CENTER);
            if (bordered) {
                style.setBorderTop(BorderStyle.THIN);
                style.setBorderBottom(BorderStyle.THIN);
                style.setBorderLeft(BorderStyle.THIN);
                style.setBorderRight(BorderStyle.THIN);
            }
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
