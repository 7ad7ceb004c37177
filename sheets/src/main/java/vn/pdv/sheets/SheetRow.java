package vn.pdv.sheets;

import java.util.List;

/** One line of a CSV file or row of a sheet, as text cells, with the number a person would look it up by. */
public record SheetRow(int line, List<String> cells) {

    public SheetRow {
        cells = List.copyOf(cells);
    }

    public String cell(int column) {
        return column >= 0 && column < cells.size() ? cells.get(column) : "";
    }

    public boolean isBlank() {
        return cells.stream().allMatch(String::isBlank);
    }

    public String joined() {
        return String.join(" ", cells.stream().filter(cell -> !cell.isBlank()).toList());
    }
}
