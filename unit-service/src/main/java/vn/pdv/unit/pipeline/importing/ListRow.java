package vn.pdv.unit.pipeline.importing;

import java.util.Map;

/** One data row of the list: its row number in the file and the text of each recognised column (blank when absent). */
record ListRow(int row, Map<Column, String> cells) {

    ListRow {
        cells = Map.copyOf(cells);
    }

    String get(Column column) {
        return cells.getOrDefault(column, "").strip();
    }
}
