package vn.pdv.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A table written as XLSX reads back, through {@link XlsxSheet}, as the committee typed it: title, header, rows. */
class XlsxTableTest {

    @Test
    void aWrittenTableReadsBackWithItsTitleHeaderNumbersAndDates() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        XlsxTable.write("Danh sách lớp", "Danh sách học viên", List.of("STT", "Họ và tên", "Ngày sinh"),
                List.of(List.of(1, "Nguyễn Thị Lan", LocalDate.of(2000, 4, 12)),
                        Arrays.asList(2, "Võ Minh Khang", null)), out);

        List<SheetRow> rows = XlsxSheet.read(new ByteArrayInputStream(out.toByteArray())).stream()
                .filter(row -> !row.isBlank()).toList();
        assertThat(rows.get(0).cell(0)).isEqualTo("Danh sách học viên");
        assertThat(rows.get(1).cells()).containsExactly("STT", "Họ và tên", "Ngày sinh");
        assertThat(rows.get(2).cells()).containsExactly("1", "Nguyễn Thị Lan", "2000-04-12");
        assertThat(rows.get(3).cell(1)).isEqualTo("Võ Minh Khang");
    }
}
