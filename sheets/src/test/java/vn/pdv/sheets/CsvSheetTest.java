package vn.pdv.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvSheetTest {

    @Test
    void readsExcelsSemicolonExportWithAByteOrderMarkAndQuotes() throws IOException {
        List<SheetRow> rows = CsvSheet.read(new StringReader("\uFEFFSTT;Đơn vị\r\n1;\"Sở Lao động; Thương binh\"\r\n"));

        assertThat(rows).containsExactly(
                new SheetRow(1, List.of("STT", "Đơn vị")),
                new SheetRow(2, List.of("1", "Sở Lao động; Thương binh")));
    }

    @Test
    void countsLinesAcrossCommentsAndLineBreaksInsideQuotesSoRowsCanBeFound() throws IOException {
        List<SheetRow> rows = CsvSheet.read(new StringReader("# a comment, with commas\n\"Ban Quản lý\ndự án\",1\n2,\"x \"\"y\"\"\"\n"));

        assertThat(rows).containsExactly(
                new SheetRow(2, List.of("Ban Quản lý\ndự án", "1")),
                new SheetRow(4, List.of("2", "x \"y\"")));
    }

    @Test
    void readsATablePastedFromWordAsTabSeparated() throws IOException {
        List<SheetRow> rows = CsvSheet.read(new StringReader("STT\tĐơn vị\t\tNăm 2024\n1\tChi bộ\tSở Du lịch, tỉnh\t2"));

        assertThat(rows.get(1).cells()).containsExactly("1", "Chi bộ", "Sở Du lịch, tỉnh", "2");
    }
}
