package vn.pdv.aggregator.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.pdv.aggregator.quota.Attribute;
import vn.pdv.aggregator.quota.Period;
import vn.pdv.aggregator.quota.PlanReference;

/**
 * Builds plan tables the way a reader would hand them over, for tests about the checks rather than the file format.
 * Each row gives, per period, the cells total, youth-union, trade-union as text, so a test can write "tám" or "-3".
 */
final class PlanTableFixture {

    static final PlanReference PLAN = PlanReference.of("7-KH/ĐU", LocalDate.of(2024, 2, 1), "Đảng ủy xã");

    private final List<Period> periods;
    private final List<PlanRow> rows = new ArrayList<>();
    private Optional<PlanRow> totalRow = Optional.empty();
    private Optional<PlanReference> plan = Optional.of(PLAN);
    private final List<PlanTarget> targets = new ArrayList<>();

    private PlanTableFixture(List<Period> periods) {
        this.periods = periods;
    }

    static PlanTableFixture aTableFor(Period... periods) {
        return new PlanTableFixture(List.of(periods));
    }

    PlanTableFixture row(String listed, String code, String kind, String name, String... cells) {
        rows.add(new PlanRow(new TableRow(rows.size() + 5, listed), code, kind, name, figures(cells)));
        return this;
    }

    /** A branch row with a code and the usual type, the figures being what the test is about. */
    PlanTableFixture branch(int listed, String... cells) {
        return row(String.valueOf(listed), "CB-%02d".formatted(listed), "Chi bộ", "Chi bộ số " + listed, cells);
    }

    PlanTableFixture totalRow(String... cells) {
        totalRow = Optional.of(new PlanRow(new TableRow(rows.size() + 5, ""), "", "", "Tổng cộng", figures(cells)));
        return this;
    }

    PlanTableFixture withoutPlanNumber() {
        plan = Optional.empty();
        return this;
    }

    PlanTableFixture target(PlanTarget target) {
        targets.add(target);
        return this;
    }

    PlanTable build() {
        return new PlanTable(plan, targets, periods, rows, totalRow, List.of());
    }

    private Map<Period, Cells> figures(String... cells) {
        if (cells.length != periods.size() * 3) {
            throw new IllegalArgumentException("three cells per period");
        }
        Map<Period, Cells> figures = new LinkedHashMap<>();
        for (int i = 0; i < periods.size(); i++) {
            Map<Attribute, Cell> parts = new EnumMap<>(Attribute.class);
            parts.put(Attribute.YOUTH_UNION, Cell.read(cells[i * 3 + 1]));
            parts.put(Attribute.TRADE_UNION, Cell.read(cells[i * 3 + 2]));
            figures.put(periods.get(i), new Cells(Cell.read(cells[i * 3]), parts));
        }
        return figures;
    }
}
