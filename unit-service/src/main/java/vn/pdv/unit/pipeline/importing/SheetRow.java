package vn.pdv.unit.pipeline.importing;

import java.util.List;

/** One line of a CSV file or row of a sheet, as text cells, with the number a person would look it up by. */
record SheetRow(int line, List<String> cells) {

    SheetRow {
        cells = List.copyOf(cells);
    }

    String cell(int column) {
        return column >= 0 && column < cells.size() ? cells.get(column) : "";
    }

    boolean isBlank() {
        return cells.stream().allMatch(String::isBlank);
    }
}
