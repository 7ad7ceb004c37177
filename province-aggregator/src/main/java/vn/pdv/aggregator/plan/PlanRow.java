package vn.pdv.aggregator.plan;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A unit's row as the table wrote it, mistakes included; {@link PlanChecks} decides what of it is sound.
 *
 * @param code    the unit-code cell, blank when the table has no code column
 * @param kind    the type cell ("Đảng bộ", "Chi bộ"), blank when the table has no type column
 * @param figures the row's cells per period, in the table's column order
 */
public record PlanRow(TableRow row, String code, String kind, String name, Map<Period, Figures> figures) {

    public PlanRow {
        Objects.requireNonNull(row, "row");
        code = code == null ? "" : code.strip();
        kind = kind == null ? "" : kind.strip();
        name = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        figures = Collections.unmodifiableMap(new LinkedHashMap<>(figures));
    }

    public Optional<Figures> figuresFor(Period period) {
        return Optional.ofNullable(figures.get(period));
    }
}
