package vn.pdv.aggregator.plan.importing;

import static vn.pdv.aggregator.plan.PlanWarning.Rule.HEADER_NOT_FOUND;
import static vn.pdv.aggregator.plan.PlanWarning.Rule.PERIOD_COLUMNS_MISSING;
import static vn.pdv.aggregator.plan.PlanWarning.Rule.TOTAL_COLUMN_MISSING;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import vn.pdv.aggregator.plan.Cell;
import vn.pdv.aggregator.plan.Cells;
import vn.pdv.aggregator.plan.Names;
import vn.pdv.aggregator.plan.PlanRow;
import vn.pdv.aggregator.plan.PlanTable;
import vn.pdv.aggregator.plan.PlanWarning;
import vn.pdv.aggregator.plan.TableRow;
import vn.pdv.aggregator.quota.Attribute;
import vn.pdv.aggregator.quota.Period;
import vn.pdv.sheets.SheetRow;

/**
 * Finds the quota table in a sheet laid out like plan 104-KH/ĐUK's annex and reads its rows:
 *
 * <pre>
 * STT | [Mã đơn vị] | Đơn vị  |           | Chỉ tiêu …
 *     |             |         |           | Năm 2024                        | Năm 2025 …
 *     |             |         |           | Tổng cộng | Đoàn viên TN | CĐ  | Tổng cộng …
 * 1   | [DUK-01]    | Đảng bộ | Bệnh viện … | 20      | 13           | 7   | 15 …
 * </pre>
 *
 * A header block starts at a row with an "STT" cell and runs over the rows below it that name periods or measures.
 * Each block defines the columns again, so a table whose header is repeated on every printed page, as seed 001's is,
 * reads through. A period whose span has no measure row is read as a single total column (a one-year source plan).
 * The unit columns are those left of the first quota column: a code column if headed "Mã…", a type column if headed
 * "Loại…" or if the unit header spans two columns (type, then name), and the rest is the name. Rows without figures
 * and without a number (section headings, notes such as "* Lưu ý: …") are skipped; a "Tổng cộng" row is kept apart
 * as the table's own total.
 */
final class PlanTableParser {

    private static final Set<String> ROW_NUMBER_LABELS = Set.of("stt", "tt", "số tt", "số thứ tự");
    /** Exact labels only: "Chỉ tiêu phát triển đảng viên" heads the whole quota block in seed 001, not a column. */
    private static final Set<String> TOTAL_LABELS = Set.of("tổng cộng", "tổng số", "tổng", "cộng", "chỉ tiêu",
            "chỉ tiêu giao", "chỉ tiêu kết nạp", "chỉ tiêu kết nạp đảng viên", "chỉ tiêu tạo nguồn", "số lượng");
    private static final Set<String> TOTAL_ROW_LABELS = Set.of("tổng cộng", "cộng", "tổng", "tổng số", "toàn khối",
            "toàn đảng bộ");

    private PlanTableParser() {
    }

    static PlanTable parse(List<SheetRow> rows, Optional<Period> defaultPeriod) {
        return new Parse(rows, defaultPeriod).run();
    }

    /** Where one period's figures are. */
    private record PeriodColumns(int total, Map<Attribute, Integer> parts) {
    }

    /** What a header block says about the columns below it. */
    private record Layout(int rowNumber, int code, int kind, List<Integer> name, Map<Period, PeriodColumns> periods) {
    }

    private static final class Parse {
        private final List<SheetRow> rows;
        private final Optional<Period> defaultPeriod;
        private final Set<PlanWarning> warnings = new LinkedHashSet<>();
        private final List<String> preamble = new ArrayList<>();
        private final Set<Period> periods = new LinkedHashSet<>();
        private final List<PlanRow> planRows = new ArrayList<>();
        private PlanRow totalRow;
        private Layout layout;
        private List<SheetRow> block;

        Parse(List<SheetRow> rows, Optional<Period> defaultPeriod) {
            this.rows = rows;
            this.defaultPeriod = defaultPeriod;
        }

        PlanTable run() {
            boolean headerSeen = false;
            for (SheetRow row : rows) {
                if (row.isBlank()) {
                    continue;
                }
                int rowNumberColumn = rowNumberColumn(row);
                if (rowNumberColumn >= 0) {
                    headerSeen = true;
                    block = new ArrayList<>(List.of(row));
                    continue;
                }
                if (!headerSeen) {
                    preamble.add(row.joined());
                    continue;
                }
                if (block != null) {
                    if (isHeaderRow(row, block.getFirst())) {
                        block.add(row);
                        continue;
                    }
                    layout = layoutOf(block);
                    block = null;
                }
                if (layout != null && !isColumnNumbering(row)) {
                    readRow(row);
                }
            }
            if (block != null) {
                layout = layoutOf(block);
            }
            if (!headerSeen) {
                warnings.add(PlanWarning.forPlan(HEADER_NOT_FOUND,
                        "Không tìm thấy dòng tiêu đề bảng (ô \"STT\"); không đọc được chỉ tiêu nào.",
                        "No table header (an \"STT\" cell) found; no quota read.", Map.of()));
            }
            PlanPreamble said = PlanPreamble.read(preamble);
            List<Period> tablePeriods = List.copyOf(periods);
            return new PlanTable(said.plan(), said.targetsFor(tablePeriods), tablePeriods, planRows,
                    Optional.ofNullable(totalRow), List.copyOf(warnings));
        }

        private static int rowNumberColumn(SheetRow row) {
            for (int column = 0; column < row.cells().size(); column++) {
                if (ROW_NUMBER_LABELS.contains(Names.normalise(row.cell(column)))) {
                    return column;
                }
            }
            return -1;
        }

        private static boolean isHeaderRow(SheetRow row, SheetRow first) {
            if (isWholeNumber(row.cell(rowNumberColumn(first)))) {
                return false;
            }
            return row.cells().stream().anyMatch(cell -> HeaderLabels.period(cell).isPresent() || measureOf(cell).isPresent());
        }

        /** "1 | 2 | 3 | …" or "(1) | (2) | …" under a header, numbering the columns rather than a unit. */
        private static boolean isColumnNumbering(SheetRow row) {
            List<String> filled = row.cells().stream().filter(cell -> !cell.isBlank()).toList();
            if (filled.size() < 4) {
                return false;
            }
            for (int i = 0; i < filled.size(); i++) {
                String digits = filled.get(i).strip().replaceAll("^\\((\\d+)\\)$", "$1");
                if (!digits.equals(String.valueOf(i + 1))) {
                    return false;
                }
            }
            return true;
        }

        /** The quota column a header label names, if it names one. */
        private static Optional<Measure> measureOf(String cell) {
            String text = Names.normalise(cell);
            if (TOTAL_LABELS.contains(text)) {
                return Optional.of(Measure.TOTAL);
            }
            return HeaderLabels.attribute(cell).map(Measure::of);
        }

        private Layout layoutOf(List<SheetRow> header) {
            int rowNumber = rowNumberColumn(header.getFirst());
            TreeMap<Integer, Period> periodStarts = new TreeMap<>();
            TreeMap<Integer, Measure> measures = new TreeMap<>();
            int code = -1;
            int kind = -1;
            for (SheetRow row : header) {
                for (int column = 0; column < row.cells().size(); column++) {
                    String cell = row.cell(column);
                    String text = Names.normalise(cell);
                    Optional<Period> period = HeaderLabels.period(cell);
                    if (period.isPresent()) {
                        periodStarts.putIfAbsent(column, period.get());
                    } else if (measureOf(cell).isPresent() && column != rowNumber) {
                        measures.putIfAbsent(column, measureOf(cell).get());
                    } else if (text.startsWith("mã") || text.equals("code")) {
                        code = column;
                    } else if (text.startsWith("loại")) {
                        kind = column;
                    }
                }
            }
            // A period heading with no measures under it is itself the total column.
            for (Map.Entry<Integer, Period> start : periodStarts.entrySet()) {
                Integer next = periodStarts.higherKey(start.getKey());
                boolean hasMeasures = !measures.subMap(start.getKey(), true,
                        next == null ? Integer.MAX_VALUE : next, false).isEmpty();
                if (!hasMeasures) {
                    measures.put(start.getKey(), Measure.TOTAL);
                }
            }
            Map<Period, Integer> totals = new LinkedHashMap<>();
            Map<Period, Map<Attribute, Integer>> parts = new LinkedHashMap<>();
            Set<Integer> unplaced = new TreeSet<>();
            for (Map.Entry<Integer, Measure> measure : measures.entrySet()) {
                Map.Entry<Integer, Period> start = periodStarts.floorEntry(measure.getKey());
                Optional<Period> period = start != null ? Optional.of(start.getValue()) : defaultPeriod;
                if (period.isEmpty()) {
                    unplaced.add(measure.getKey() + 1);
                    continue;
                }
                parts.computeIfAbsent(period.get(), p -> new EnumMap<>(Attribute.class));
                if (measure.getValue().attribute() == null) {
                    totals.putIfAbsent(period.get(), measure.getKey());
                } else {
                    parts.get(period.get()).putIfAbsent(measure.getValue().attribute(), measure.getKey());
                }
            }
            if (!unplaced.isEmpty()) {
                String columns = unplaced.stream().map(String::valueOf).collect(Collectors.joining(", "));
                warnings.add(PlanWarning.forPlan(PERIOD_COLUMNS_MISSING,
                        "Tiêu đề bảng không ghi năm (kỳ) cho cột " + columns + " và không có kỳ mặc định; bỏ các cột này.",
                        "The header names no year or period for column(s) " + columns
                                + " and none was given; those columns are not read.",
                        Map.of("columns", columns)));
            }
            Map<Period, PeriodColumns> layoutPeriods = new LinkedHashMap<>();
            for (Map.Entry<Period, Map<Attribute, Integer>> entry : parts.entrySet()) {
                Period period = entry.getKey();
                Integer total = totals.get(period);
                if (total == null) {
                    warnings.add(PlanWarning.forPlan(TOTAL_COLUMN_MISSING,
                            "Cột " + period.vietnamese() + " không có cột tổng cộng; không nạp chỉ tiêu kỳ này.",
                            "The " + period.english() + " columns have no total column; that period is not loaded.",
                            Map.of("period", period.english())));
                    continue;
                }
                layoutPeriods.put(period, new PeriodColumns(total, entry.getValue()));
                periods.add(period);
            }
            int firstFigure = measures.isEmpty() ? Integer.MAX_VALUE : measures.firstKey();
            List<Integer> descriptors = new ArrayList<>();
            int widest = header.stream().mapToInt(row -> row.cells().size()).max().orElse(0);
            int unitColumnsEnd = Math.min(firstFigure, widest);
            for (int column = 0; column < unitColumnsEnd; column++) {
                if (column != rowNumber && column != code && column != kind) {
                    descriptors.add(column);
                }
            }
            if (kind < 0 && descriptors.size() == 2 && headedInAnyRow(header, descriptors.get(0))
                    && !headedInAnyRow(header, descriptors.get(1))) {
                kind = descriptors.removeFirst();
            }
            return new Layout(rowNumber, code, kind, descriptors, layoutPeriods);
        }

        private static boolean headedInAnyRow(List<SheetRow> header, int column) {
            return header.stream().anyMatch(row -> !row.cell(column).isBlank());
        }

        private void readRow(SheetRow row) {
            String listed = row.cell(layout.rowNumber()).strip();
            String name = layout.name().stream().map(row::cell).map(String::strip).filter(cell -> !cell.isEmpty())
                    .collect(Collectors.joining(" "));
            Map<Period, Cells> figures = new LinkedHashMap<>();
            boolean anyFigure = false;
            for (Map.Entry<Period, PeriodColumns> period : layout.periods().entrySet()) {
                PeriodColumns columns = period.getValue();
                Cell total = Cell.read(row.cell(columns.total()));
                Map<Attribute, Cell> parts = new EnumMap<>(Attribute.class);
                columns.parts().forEach((attribute, column) -> parts.put(attribute, Cell.read(row.cell(column))));
                anyFigure |= !(total instanceof Cell.Blank)
                        || parts.values().stream().anyMatch(part -> !(part instanceof Cell.Blank));
                figures.put(period.getKey(), new Cells(total, parts));
            }
            String kind = layout.kind() >= 0 ? row.cell(layout.kind()) : "";
            String code = layout.code() >= 0 ? row.cell(layout.code()) : "";
            boolean numbered = isWholeNumber(listed);
            String label = Names.normalise(name.isEmpty() ? listed : name);
            if (!numbered && anyFigure && TOTAL_ROW_LABELS.contains(label)) {
                totalRow = new PlanRow(new TableRow(row.line(), ""), "", "", name.isEmpty() ? listed : name, figures);
                return;
            }
            if (!numbered && !anyFigure) {
                return;
            }
            planRows.add(new PlanRow(new TableRow(row.line(), listed), code, kind, name, figures));
        }

        private static boolean isWholeNumber(String text) {
            return text.strip().matches("\\d{1,9}");
        }
    }

    /** A quota column: the total (no attribute), or one attribute's part. */
    private record Measure(Attribute attribute) {
        static final Measure TOTAL = new Measure(null);

        static Measure of(Attribute attribute) {
            return new Measure(attribute);
        }
    }
}
