package vn.pdv.unit.pipeline.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.pdv.unit.pipeline.importing.SympathiserLists.HEADERS;
import static vn.pdv.unit.pipeline.importing.SympathiserLists.aRow;
import static vn.pdv.unit.pipeline.importing.SympathiserLists.bytes;
import static vn.pdv.unit.pipeline.importing.SympathiserLists.csv;
import static vn.pdv.unit.pipeline.importing.SympathiserLists.with;
import static vn.pdv.unit.pipeline.importing.SympathiserLists.xlsx;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SympathiserSheetTest {

    @Test
    void findsTheHeaderRowBelowATitleAndReadsEachDataRowWithItsRowNumber() throws Exception {
        List<ListRow> rows = SympathiserSheet.read("ds.csv", bytes(csv(aRow(1, "Nguyễn Văn An", "DUK-01-KN"),
                aRow(2, "Trần Thị Bình", "DUK-01-KN"))));

        assertThat(rows).extracting(ListRow::row).containsExactly(4, 5);
        assertThat(rows.getFirst().get(Column.FULL_NAME)).isEqualTo("Nguyễn Văn An");
        assertThat(rows.getFirst().get(Column.ADDRESS)).isEqualTo("12 Lê Lợi, Quy Nhơn");
    }

    @Test
    void recognisesHeadersWhateverTheirCaseDiacriticsAndWording() throws Exception {
        String text = """
                STT;HỌ VÀ TÊN;ngay thang nam sinh;Gioi tinh;DÂN TỘC;Tôn giáo;ĐVTN;ĐVCĐ;Mã chi bộ;Ngày vào DSCTĐ;Số NQ;Đảng viên được phân công giúp đỡ
                1;Lê Văn Cường;2001-02-03;Nam;Kinh;;x;;DUK-01-KN;2024-03-15;;DV-1
                """;

        ListRow row = SympathiserSheet.read("DS.CSV", bytes(text)).getFirst();

        assertThat(row.get(Column.FULL_NAME)).isEqualTo("Lê Văn Cường");
        assertThat(row.get(Column.DATE_OF_BIRTH)).isEqualTo("2001-02-03");
        assertThat(row.get(Column.ADDED_ON)).isEqualTo("2024-03-15");
        assertThat(row.get(Column.HELPER)).isEqualTo("DV-1");
        assertThat(row.get(Column.ID_CARD)).isEmpty();
    }

    @Test
    void skipsBlankRowsAndRowsWithOnlyAnOrdinal() throws Exception {
        String text = csv(aRow(1, "Nguyễn Văn An", "DUK-01-KN")) + ",,,\n3,,,,\n";

        assertThat(SympathiserSheet.read("ds.csv", bytes(text))).hasSize(1);
    }

    @Test
    void readsAnXlsxWithExcelDateCellsAsDates() throws Exception {
        byte[] workbook = xlsx(HEADERS, with(with(aRow(1, "Phạm Thị Dung", "DUK-01-KN"),
                "Ngày sinh", LocalDate.of(1999, 12, 31)), "Ngày vào danh sách cảm tình đảng", LocalDate.of(2024, 5, 2)));

        ListRow row = SympathiserSheet.read("danh-sach.xlsx", workbook).getFirst();

        assertThat(row.row()).isEqualTo(4);
        assertThat(row.get(Column.DATE_OF_BIRTH)).isEqualTo("1999-12-31");
        assertThat(row.get(Column.ADDED_ON)).isEqualTo("2024-05-02");
        assertThat(row.get(Column.ORDINAL)).isEqualTo("1");
    }

    @Test
    void aFileWithoutAHeaderRowIsUnreadableAndNamesTheColumnsNeeded() {
        assertThatThrownBy(() -> SympathiserSheet.read("ds.csv", bytes("a,b,c\n1,2,3\n")))
                .isInstanceOf(UnreadableFileException.class)
                .satisfies(e -> {
                    var reason = ((UnreadableFileException) e).reason();
                    assertThat(reason.vi()).contains("Không tìm thấy dòng tiêu đề", "Họ và tên", "Đảng viên giúp đỡ");
                    assertThat(reason.en()).contains("No header row", "Full name");
                });
    }

    @Test
    void aHeaderBelowTheFirstTenRowsIsNotLookedFor() {
        String text = "\n".repeat(10) + String.join(",", HEADERS) + "\n";

        assertThatThrownBy(() -> SympathiserSheet.read("ds.csv", bytes(text))).isInstanceOf(UnreadableFileException.class);
    }

    @Test
    void aHeaderRowMissingRequiredColumnsNamesThem() {
        String text = "STT,Họ và tên,Ngày sinh,Giới tính\n1,An,01/01/2000,Nam\n";

        assertThatThrownBy(() -> SympathiserSheet.read("ds.csv", bytes(text)))
                .satisfies(e -> {
                    var reason = ((UnreadableFileException) e).reason();
                    assertThat(reason.vi()).contains("dòng 1", "thiếu cột", "Dân tộc", "Chi bộ", "Số nghị quyết")
                            .doesNotContain("Họ và tên");
                    assertThat(reason.en()).contains("lacks the columns", "Ethnicity");
                });
    }

    @Test
    void onlyCsvAndXlsxAreRead() {
        assertThatThrownBy(() -> SympathiserSheet.read("ds.xls", new byte[] {1, 2}))
                .satisfies(e -> assertThat(((UnreadableFileException) e).reason().en()).contains("neither .csv nor .xlsx"));
        assertThatThrownBy(() -> SympathiserSheet.read("ds.xlsx", bytes("not a workbook")))
                .satisfies(e -> assertThat(((UnreadableFileException) e).reason().en()).contains("cannot be read"));
    }
}
